package io.c360.privacy;

/** A sealed value that cannot be opened although its key exists: tampering, or another master key. */
public final class SealException extends RuntimeException {
    public SealException(String message, Throwable cause) {
        super(message, cause);
    }
}
