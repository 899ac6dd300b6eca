package io.c360.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import io.c360.config.StreamsProperties;
import io.c360.store.BoundedMemoryRocksDBConfig.MemoryBudget;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.IndexType;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class BoundedMemoryRocksDBConfigTest {
    static {
        RocksDB.loadLibrary();
    }

    private static final Map<String, Object> BUDGET = Map.of(
        BoundedMemoryRocksDBConfig.BLOCK_CACHE_BYTES, "8388608",
        BoundedMemoryRocksDBConfig.WRITE_BUFFER_BYTES, "2097152");

    @Test
    void everyStoreOfOneBudgetSharesOneCacheAndWriteBufferManager() {
        MemoryBudget budget = MemoryBudget.from(BUDGET);
        assertSame(BoundedMemoryRocksDBConfig.sharedMemory(budget),
            BoundedMemoryRocksDBConfig.sharedMemory(new MemoryBudget(8388608, 2097152)));
        assertNotSame(BoundedMemoryRocksDBConfig.sharedMemory(budget),
            BoundedMemoryRocksDBConfig.sharedMemory(new MemoryBudget(8388608, 1048576)));
        assertNotSame(BoundedMemoryRocksDBConfig.sharedMemory(budget),
            BoundedMemoryRocksDBConfig.sharedMemory(new MemoryBudget(8388608, 2097152, "bench-baseline")),
            "another pool of the same sizes has a cache of its own");
    }

    @Test
    void setsTheStoreOptionsFromTheBudget() {
        try (Options options = new Options()) {
            options.setTableFormatConfig(new BlockBasedTableConfig());
            new BoundedMemoryRocksDBConfig().setConfig("profiles", options, BUDGET);
            BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
            assertTrue(table.cacheIndexAndFilterBlocks());
            assertTrue(table.pinTopLevelIndexAndFilter());
            assertEquals(3, options.maxWriteBufferNumber());
            assertEquals(2097152 / 3, options.writeBufferSize());
        }
    }

    @Test
    void partitionsIndexAndFilterBlocksOnlyWhenAsked() {
        for (boolean partitioned : new boolean[] {false, true}) {
            Map<String, Object> configs = new HashMap<>(BUDGET);
            configs.put(BoundedMemoryRocksDBConfig.PARTITIONED_INDEX_FILTERS, String.valueOf(partitioned));
            try (Options options = new Options()) {
                options.setTableFormatConfig(new BlockBasedTableConfig());
                new BoundedMemoryRocksDBConfig().setConfig("profiles", options, configs);
                BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
                assertEquals(partitioned ? IndexType.kTwoLevelIndexSearch : IndexType.kBinarySearch,
                    table.indexType());
                assertEquals(partitioned, table.partitionFilters());
            }
        }
    }

    @Test
    void rejectsAMissingOrInconsistentBudget() {
        assertThrows(IllegalArgumentException.class, () -> MemoryBudget.from(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> MemoryBudget.from(Map.of(
            BoundedMemoryRocksDBConfig.BLOCK_CACHE_BYTES, "1024",
            BoundedMemoryRocksDBConfig.WRITE_BUFFER_BYTES, "4096")));
        assertThrows(IllegalArgumentException.class, () -> MemoryBudget.from(Map.of(
            BoundedMemoryRocksDBConfig.BLOCK_CACHE_BYTES, "lots",
            BoundedMemoryRocksDBConfig.WRITE_BUFFER_BYTES, "4096")));
    }

    @Test
    void streamsPropertiesRegisterTheSetterWithTheConfiguredBudget() {
        AppConfig config = new AppConfig(ConfigLoader.defaults()).with(Map.of(
            BoundedMemoryRocksDBConfig.BLOCK_CACHE_BYTES, "1000000",
            BoundedMemoryRocksDBConfig.PARTITIONED_INDEX_FILTERS, "true"));
        var props = StreamsProperties.build(config);
        assertEquals(BoundedMemoryRocksDBConfig.class.getName(),
            props.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
        assertEquals("1000000", props.get(BoundedMemoryRocksDBConfig.BLOCK_CACHE_BYTES));
        assertEquals("33554432", props.get(BoundedMemoryRocksDBConfig.WRITE_BUFFER_BYTES));
        assertEquals("true", props.get(BoundedMemoryRocksDBConfig.PARTITIONED_INDEX_FILTERS));
    }
}
