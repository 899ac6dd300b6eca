package io.c360.config;

/** A configuration value is missing or malformed; the message names the key. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
