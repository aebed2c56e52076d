package kr.donggu.chatbot.privacy;

/**
 * A throwable for the log with its messages taken out: the class names and stack frames of the original and its
 * causes, which say where it failed, without the messages, which may quote a resident's message (a parser echoing
 * its input, a template naming a variable the resident typed).
 */
public final class RedactedError extends RuntimeException {

    private RedactedError(Throwable original, Throwable cause) {
        super(original.getClass().getName(), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    public static RedactedError of(Throwable original) {
        return of(original, 0);
    }

    private static RedactedError of(Throwable original, int depth) {
        Throwable cause = original.getCause();
        boolean more = cause != null && cause != original && depth < 8;
        return new RedactedError(original, more ? of(cause, depth + 1) : null);
    }
}
