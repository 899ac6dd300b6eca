package io.c360.privacy.verify;

/** A verification that could not be carried out (no receipt, no cluster, no state): one line for the user. */
public final class VerificationException extends RuntimeException {
    public VerificationException(String message) {
        super(message);
    }

    public VerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
