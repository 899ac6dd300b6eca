package io.c360.privacy;

import java.util.function.Supplier;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A stage's side of the key ring: the task's data-key store, registered while the task runs. Processors do their
 * work for one subject inside {@link #as}, and {@link #shred} a subject they erase.
 */
public final class Sealing {
    private final KeyRing ring;
    private final String keyStore;
    private KeyValueStore<String, byte[]> store;

    public Sealing(KeyRing ring, String keyStore) {
        this.ring = ring;
        this.keyStore = keyStore;
    }

    public void open(ProcessorContext<?, ?> context) {
        this.store = context.getStateStore(keyStore);
        ring.register(keyStore, store);
    }

    public void close() {
        if (store != null) {
            ring.unregister(keyStore, store);
        }
    }

    public <T> T as(String subject, Supplier<T> work) {
        return ring.within(store, keyStore, subject, work);
    }

    public void as(String subject, Runnable work) {
        ring.within(store, keyStore, subject, work);
    }

    public void shred(String subject) {
        ring.shred(store, keyStore, subject);
    }
}
