package io.c360.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.IndexType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Caps the off-heap memory of all RocksDB stores of the JVM: every store shares one LRU block cache, and
 * the memtables of all stores are charged to that same cache through one write-buffer manager, so the
 * total stays near the configured cache size however many stores and partitions an instance owns.
 * Index and filter blocks live in the cache too; otherwise they grow with the data and memory with it.
 *
 * <p>Kafka Streams creates one setter per store by reflection, so the shared cache must be static; it is
 * keyed by its sizes so instances configured differently in one JVM (tests) each get the sizes they asked
 * for. The cache outlives every store and is never closed, as Kafka Streams' memory-management guide says.
 */
public final class BoundedMemoryRocksDBConfig implements RocksDBConfigSetter {
    /** Total bytes of the shared block cache, memtables included. */
    public static final String BLOCK_CACHE_BYTES = "c360.rocksdb.block.cache.bytes";
    /** Bytes of the cache the memtables of all stores may take together. */
    public static final String WRITE_BUFFER_BYTES = "c360.rocksdb.write.buffer.bytes";
    /**
     * Names the budget's pool: stores of one JVM configured with the same sizes share one cache unless their pools
     * differ (the bench runs its baseline application beside c360 on a budget of its own).
     */
    public static final String MEMORY_POOL = "c360.rocksdb.memory.pool";
    /** Whether index and filter blocks are partitioned, so a read loads small pieces of them into the cache. */
    public static final String PARTITIONED_INDEX_FILTERS = "c360.rocksdb.partitioned.index.filters";

    private static final double HIGH_PRIORITY_POOL_RATIO = 0.1;
    private static final long BLOCK_SIZE = 16 * 1024;
    private static final int MEMTABLES_PER_STORE = 3;
    private static final long METADATA_BLOCK_SIZE = 4 * 1024;

    private static final Map<MemoryBudget, SharedMemory> SHARED = new ConcurrentHashMap<>();

    /** The bytes one JVM spends on RocksDB, from the Streams config map. */
    record MemoryBudget(long cacheBytes, long writeBufferBytes, String pool) {
        MemoryBudget(long cacheBytes, long writeBufferBytes) {
            this(cacheBytes, writeBufferBytes, "");
        }

        MemoryBudget {
            if (cacheBytes <= 0 || writeBufferBytes <= 0 || writeBufferBytes >= cacheBytes) {
                throw new IllegalArgumentException(BLOCK_CACHE_BYTES + " and " + WRITE_BUFFER_BYTES
                    + " must be positive and the write buffers smaller than the cache, were " + cacheBytes
                    + " and " + writeBufferBytes);
            }
        }

        static MemoryBudget from(Map<String, Object> configs) {
            Object pool = configs.get(MEMORY_POOL);
            return new MemoryBudget(bytes(configs, BLOCK_CACHE_BYTES), bytes(configs, WRITE_BUFFER_BYTES),
                pool == null ? "" : pool.toString());
        }

        private static long bytes(Map<String, Object> configs, String key) {
            Object value = configs.get(key);
            if (value == null) {
                throw new IllegalArgumentException("missing " + key + " in the Kafka Streams configuration");
            }
            try {
                return Long.parseLong(value.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a number of bytes, not '" + value + "'", e);
            }
        }
    }

    /** The cache and write-buffer manager every store of one budget shares. */
    record SharedMemory(Cache cache, WriteBufferManager writeBuffers) {
        static SharedMemory of(MemoryBudget budget) {
            Cache cache = new LRUCache(budget.cacheBytes(), -1, false, HIGH_PRIORITY_POOL_RATIO);
            return new SharedMemory(cache, new WriteBufferManager(budget.writeBufferBytes(), cache));
        }
    }

    static SharedMemory sharedMemory(MemoryBudget budget) {
        return SHARED.computeIfAbsent(budget, SharedMemory::of);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        MemoryBudget budget = MemoryBudget.from(configs);
        SharedMemory shared = sharedMemory(budget);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(shared.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        table.setBlockSize(BLOCK_SIZE);
        if (Boolean.parseBoolean(String.valueOf(configs.get(PARTITIONED_INDEX_FILTERS)))) {
            // A whole-file filter or index is loaded into the cache in one piece on a miss; once the stores
            // outgrow the cache that happens on most reads. Partitioned, only the small top level stays pinned
            // and a read loads the 4 KiB partitions it needs (RocksDB wiki, "Partitioned Index/Filters").
            table.setIndexType(IndexType.kTwoLevelIndexSearch);
            table.setPartitionFilters(true);
            table.setMetadataBlockSize(METADATA_BLOCK_SIZE);
        }
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(shared.writeBuffers());
        options.setMaxWriteBufferNumber(MEMTABLES_PER_STORE);
        options.setWriteBufferSize(budget.writeBufferBytes() / MEMTABLES_PER_STORE);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and write-buffer manager are shared by every store of the JVM: closing them here would
        // pull them from under the stores still open
    }
}
