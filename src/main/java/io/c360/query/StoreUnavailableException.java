package io.c360.query;

/** The store cannot answer right now (starting, rebalancing, or its host is unreachable): retry shortly. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreUnavailableException(String message) {
        super(message);
    }
}
