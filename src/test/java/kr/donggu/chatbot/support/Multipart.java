package kr.donggu.chatbot.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A {@code multipart/form-data} body with one file part, as a browser's file upload sends it. */
public record Multipart(byte[] body, String contentType) {

    public static Multipart file(String field, String fileName, String fileType, byte[] content) {
        String boundary = "----donggu" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /** The headers to post it with, plus {@code others}. */
    public Map<String, String> headers(Map<String, String> others) {
        Map<String, String> all = new java.util.HashMap<>(others);
        all.put("Content-Type", contentType);
        return all;
    }
}
