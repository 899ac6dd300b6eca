package io.c360.ingest;

/**
 * The bytes are not well-formed JSON at all (syntax error, truncated document, duplicate key), as
 * opposed to well-formed JSON that does not fit the contract; dead letters tell the two apart.
 */
public final class MalformedJsonException extends InvalidEventException {

    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
