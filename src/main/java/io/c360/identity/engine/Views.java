package io.c360.identity.engine;

import java.util.HashMap;
import java.util.Map;

import io.c360.avro.IdentityRecord;
import io.c360.identity.match.RecordView;

/** Record views read once per resolution: a record is compared with many others and read from a store only once. */
final class Views {
    private final Table<IdentityRecord> records;
    private final Map<String, RecordView> cache = new HashMap<>();

    Views(Table<IdentityRecord> records) {
        this.records = records;
    }

    RecordView get(String recordKey) {
        RecordView view = cache.get(recordKey);
        if (view == null) {
            IdentityRecord record = records.get(recordKey);
            if (record == null) {
                throw new IllegalStateException("identity state has no record " + recordKey
                    + " though the index or a link names it: the state is corrupt");
            }
            view = new RecordView(record);
            cache.put(recordKey, view);
        }
        return view;
    }

    void replace(RecordView view) {
        cache.put(view.key(), view);
    }
}
