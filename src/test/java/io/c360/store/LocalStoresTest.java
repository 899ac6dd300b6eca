package io.c360.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;

class LocalStoresTest {
    @TempDir
    Path app;

    @Test
    void readsEveryColumnFamilyOfEveryStoreOfEveryTaskReadOnlyBesideAnOpenWriter() throws Exception {
        RocksDB.loadLibrary();
        Path store = app.resolve("0_1/rocksdb/profiles");
        java.nio.file.Files.createDirectories(store);
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        try (DBOptions options = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
             RocksDB db = RocksDB.open(options, store.toString(), List.of(new ColumnFamilyDescriptor(
                 RocksDB.DEFAULT_COLUMN_FAMILY), new ColumnFamilyDescriptor(bytes("keyValueWithTimestamp"))), handles)) {
            db.put(handles.get(0), bytes("c1"), bytes("plain"));
            db.put(handles.get(1), bytes("c2"), bytes("stamped"));
            db.flushWal(true);

            List<String> seen = new ArrayList<>();
            List<String> stores = LocalStores.forEach(app, e -> seen.add(e.store() + "/" + e.task() + "/" + e.columnFamily()
                + ":" + new String(e.key(), StandardCharsets.UTF_8) + "=" + new String(e.value(), StandardCharsets.UTF_8)));

            assertEquals(List.of("profiles"), stores);
            assertEquals(List.of("profiles/0_1/default:c1=plain", "profiles/0_1/keyValueWithTimestamp:c2=stamped"), seen);
        } finally {
            handles.forEach(ColumnFamilyHandle::close);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
