package io.c360.ingest;

/**
 * An incoming event that cannot be accepted: JSON that does not map onto the Avro contract, or
 * exceeds a size or nesting limit. The message names the JSON path and is meant for the dead-letter
 * reason, so it is written for the team that sends the event.
 */
public class InvalidEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
