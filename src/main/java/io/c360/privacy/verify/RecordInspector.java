package io.c360.privacy.verify;

import java.util.Optional;
import java.util.Set;

import io.c360.privacy.DataKeyCipher;

/** Looks for her in one record: key and value bytes in clear, sealed values opened when their key still exists. */
public final class RecordInspector {
    private final ErasedPerson person;
    private final DataKeys keys;
    private final Candidates candidates;

    public RecordInspector(ErasedPerson person, DataKeys keys, Candidates candidates) {
        this.person = person;
        this.keys = keys;
        this.candidates = candidates;
    }

    public Observation inspect(byte[] key, byte[] value) {
        Set<Hit> keyHits = person.hits(candidates.in(key));
        if (value == null) {
            return new Observation(keyHits, Set.of(), true, false);
        }
        if (!DataKeyCipher.isSealed(value)) {
            return new Observation(keyHits, person.hits(candidates.in(value)), false, false);
        }
        Optional<byte[]> opened = keys.open(value);
        boolean hers = person.owns(DataKeyCipher.subjectOf(value));
        if (opened.isPresent()) {
            return new Observation(keyHits, person.hits(candidates.in(opened.get())), false, false, !hers);
        }
        return new Observation(keyHits, Set.of(), false, hers);
    }
}
