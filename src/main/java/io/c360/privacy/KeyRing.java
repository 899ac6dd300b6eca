package io.c360.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import javax.crypto.SecretKey;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The data keys of one stage on one instance: each task keeps its subjects' wrapped keys in its own store
 * (co-partitioned with the data they protect, so a key lives where its data lives), registered here while the
 * task runs. Values are sealed for the subject the processor is working on ({@link #within}), and opened with
 * whichever registered store holds their subject's key — from the stream thread or from interactive queries.
 * Destroying a subject's key ({@link #shred}) makes every copy of its data unreadable, in stores, changelogs and
 * backups alike.
 */
public final class KeyRing {
    private static final int CACHE_SIZE = 50_000;

    private final DataKeyCipher cipher;
    private final Map<String, List<KeyValueStore<String, byte[]>>> stores = new ConcurrentHashMap<>();
    private final ThreadLocal<Scope> scope = new ThreadLocal<>();
    private final Map<String, SecretKey> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SecretKey> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** Subjects are named within their key store's namespace: one customer id has a key per stage. */
    private record Scope(KeyValueStore<String, byte[]> store, String namespace, String subject) {
        String sealedName() {
            return namespace + SEPARATOR + subject;
        }
    }

    private static final char SEPARATOR = '/';

    public KeyRing(DataKeyCipher cipher) {
        this.cipher = cipher;
    }

    public void register(String namespace, KeyValueStore<String, byte[]> store) {
        stores.computeIfAbsent(namespace, n -> new CopyOnWriteArrayList<>()).add(store);
    }

    public void unregister(String namespace, KeyValueStore<String, byte[]> store) {
        stores.getOrDefault(namespace, List.of()).remove(store);
        synchronized (cache) {
            cache.clear();
        }
    }

    /** Runs {@code work} with values written meanwhile sealed for {@code subject}, its key kept in {@code store}. */
    public <T> T within(KeyValueStore<String, byte[]> store, String namespace, String subject, Supplier<T> work) {
        Scope outer = scope.get();
        scope.set(new Scope(store, namespace, subject));
        try {
            return work.get();
        } finally {
            scope.set(outer);
        }
    }

    public void within(KeyValueStore<String, byte[]> store, String namespace, String subject, Runnable work) {
        within(store, namespace, subject, () -> {
            work.run();
            return null;
        });
    }

    byte[] seal(byte[] plaintext) {
        Scope current = scope.get();
        if (current == null) {
            throw new IllegalStateException("a personal value was written outside KeyRing.within: no subject to seal for");
        }
        SecretKey key = cached(current.sealedName());
        if (key == null) {
            byte[] wrapped = current.store().get(current.subject());
            if (wrapped == null) {
                wrapped = cipher.newWrappedKey();
                current.store().put(current.subject(), wrapped);
            }
            key = remember(current.sealedName(), cipher.unwrap(wrapped));
        }
        return cipher.seal(key, current.sealedName(), plaintext);
    }

    /** The plaintext of a sealed value, or null when its subject's key was shredded. */
    byte[] open(byte[] sealed) {
        String sealedName = DataKeyCipher.subjectOf(sealed);
        SecretKey key = cached(sealedName);
        if (key == null) {
            int separator = sealedName.indexOf(SEPARATOR);
            String subject = sealedName.substring(separator + 1);
            byte[] wrapped = null;
            for (KeyValueStore<String, byte[]> store : stores.getOrDefault(sealedName.substring(0, Math.max(0,
                separator)), List.of())) {
                wrapped = store.get(subject);
                if (wrapped != null) {
                    break;
                }
            }
            if (wrapped == null) {
                return null;
            }
            key = remember(sealedName, cipher.unwrap(wrapped));
        }
        return cipher.open(key, sealed);
    }

    /** Destroys the subject's key: everything sealed for it, wherever a copy lies, can no longer be read. */
    public void shred(KeyValueStore<String, byte[]> store, String namespace, String subject) {
        store.delete(subject);
        synchronized (cache) {
            cache.remove(namespace + SEPARATOR + subject);
        }
    }

    private SecretKey cached(String subject) {
        synchronized (cache) {
            return cache.get(subject);
        }
    }

    private SecretKey remember(String subject, SecretKey key) {
        synchronized (cache) {
            cache.put(subject, key);
        }
        return key;
    }
}
