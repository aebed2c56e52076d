package kr.donggu.chatbot.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code DATABASE_URL} as operators write it ({@code postgresql://user:pass@host:5432/db?sslmode=require}, the libpq
 * form) or as JDBC does ({@code jdbc:postgresql://host/db?user=…}), turned into what pgJDBC takes.
 */
record PostgresUrl(String jdbcUrl, String user, String password) {

    static PostgresUrl parse(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresUrl(url, null, null);
        }
        if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
            throw new IllegalArgumentException("DATABASE_URL must start with postgresql:// or jdbc:postgresql:");
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new IllegalArgumentException("DATABASE_URL needs a host and a database name: "
                        + "postgresql://user:password@host:5432/database");
            }
            String userInfo = uri.getRawUserInfo();
            String user = null;
            String password = null;
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new PostgresUrl("jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, user, password);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL (is a special character in the "
                    + "password percent-encoded?)");
        }
    }

    /** Host, port and database, for logs and health reports: never the password. */
    String describe() {
        String rest = jdbcUrl.substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
