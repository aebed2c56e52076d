package kr.donggu.chatbot.config;

/** A configuration value that cannot be used; the message names the variable and is shown without a stack trace. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
