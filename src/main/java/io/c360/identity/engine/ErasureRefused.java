package io.c360.identity.engine;

/** An erasure request that names no one person; the message says why, without the identifier's value. */
public final class ErasureRefused extends IllegalArgumentException {
    ErasureRefused(String reason) {
        super(reason);
    }
}
