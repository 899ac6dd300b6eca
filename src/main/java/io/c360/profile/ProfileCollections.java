package io.c360.profile;

import java.util.List;

import io.c360.avro.IdentifierRef;
import io.c360.avro.SourceRecordRef;

/** Adds identifiers and source records to a profile's lists, widening the seen-times of known ones. */
final class ProfileCollections {
    private ProfileCollections() {
    }

    static void addIdentifier(List<IdentifierRef> refs, IdentifierRef ref) {
        for (IdentifierRef existing : refs) {
            if (existing.getType().equals(ref.getType()) && existing.getValue().equals(ref.getValue())) {
                existing.setFirstSeen(Times.min(existing.getFirstSeen(), ref.getFirstSeen()));
                existing.setLastSeen(Times.max(existing.getLastSeen(), ref.getLastSeen()));
                return;
            }
        }
        refs.add(IdentifierRef.newBuilder(ref).build());
    }

    static void addSourceRecord(List<SourceRecordRef> refs, SourceRecordRef ref) {
        for (SourceRecordRef existing : refs) {
            if (existing.getSource() == ref.getSource() && existing.getRecordId().equals(ref.getRecordId())) {
                existing.setLastSeen(Times.max(existing.getLastSeen(), ref.getLastSeen()));
                return;
            }
        }
        refs.add(SourceRecordRef.newBuilder(ref).build());
    }
}
