package io.c360.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Status;

/**
 * Reads the RocksDB stores of one application's state directory ({@code <state.dir>/<application.id>/<task>/rocksdb/
 * <store>}) read-only, every column family, entry by entry. A read-only open takes no lock, so it works beside
 * a running instance and sees the stores as they were when opened.
 */
public final class LocalStores {
    private static final int OPEN_ATTEMPTS = 10;

    /** One live entry of a store: where it is and its raw bytes. */
    public record Entry(String store, String task, String columnFamily, byte[] key, byte[] value) {
    }

    private LocalStores() {
    }

    /** Every entry of every store under {@code applicationDir}; returns the names of the stores read. */
    public static List<String> forEach(Path applicationDir, Consumer<Entry> visitor) {
        RocksDB.loadLibrary();
        List<Path> stores = storeDirs(applicationDir);
        for (Path store : stores) {
            read(store, visitor);
        }
        return stores.stream().map(store -> store.getFileName().toString()).toList();
    }

    private static List<Path> storeDirs(Path applicationDir) {
        List<Path> stores = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(applicationDir)) {
            for (Path task : tasks.filter(Files::isDirectory).sorted().toList()) {
                Path rocksdb = task.resolve("rocksdb");
                if (Files.isDirectory(rocksdb)) {
                    try (Stream<Path> dbs = Files.list(rocksdb)) {
                        dbs.filter(db -> Files.exists(db.resolve("CURRENT"))).sorted().forEach(stores::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the state directory " + applicationDir, e);
        }
        return stores;
    }

    private static void read(Path store, Consumer<Entry> visitor) {
        String task = store.getParent().getParent().getFileName().toString();
        String name = store.getFileName().toString();
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        try (DBOptions dbOptions = new DBOptions(); RocksDB db = openReadOnly(store, dbOptions, handles)) {
            for (ColumnFamilyHandle handle : handles) {
                String family = new String(handle.getName(), StandardCharsets.UTF_8);
                try (RocksIterator it = db.newIterator(handle)) {
                    for (it.seekToFirst(); it.isValid(); it.next()) {
                        visitor.accept(new Entry(name, task, family, it.key(), it.value()));
                    }
                }
            }
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot read the store " + store + ": " + e.getMessage(), e);
        } finally {
            handles.forEach(ColumnFamilyHandle::close);
        }
    }

    /**
     * Opens the store as it is now. A running instance compacts while this reads its manifest, so a table file the
     * manifest named may be gone by the time it is opened: the open is tried again on the newer manifest.
     */
    private static RocksDB openReadOnly(Path store, DBOptions dbOptions, List<ColumnFamilyHandle> handles) {
        RocksDBException last = null;
        for (int attempt = 0; attempt < OPEN_ATTEMPTS; attempt++) {
            try (Options options = new Options()) {
                List<ColumnFamilyDescriptor> families = RocksDB.listColumnFamilies(options, store.toString()).stream()
                    .map(ColumnFamilyDescriptor::new).toList();
                return RocksDB.openReadOnly(dbOptions, store.toString(), families, handles);
            } catch (RocksDBException e) {
                handles.forEach(ColumnFamilyHandle::close);
                handles.clear();
                last = e;
                if (e.getStatus() == null || e.getStatus().getCode() != Status.Code.IOError) {
                    break;
                }
            }
        }
        throw new IllegalStateException("cannot open the store " + store + " read-only: " + last.getMessage(), last);
    }
}
