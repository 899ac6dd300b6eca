package io.c360.topology;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.c360.avro.SourceSystem;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index's keys are name and e-mail prefixes in clear, so it has no changelog: nothing of it reaches
 * Kafka, and a task that starts rebuilds it from the (sealed, logged) profiles.
 */
class SearchIndexTopologyTest {
    private static final String APP = "c360-topology-test";
    private static final Map<String, String> AT_LEAST_ONCE = Map.of("processing.guarantee", "at_least_once");

    @TempDir
    Path stateDir;
    @TempDir
    Path copiedStateDir;
    private TopologyFixture fx;

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void theSearchIndexWritesNoChangelogWhileTheProfilesDo() {
        fx = new TopologyFixture(stateDir, Map.of());
        sendOlga();
        assertFalse(searchKeys().isEmpty(), "the index serves searches");
        assertTrue(fx.driver.producedTopicNames().contains(APP + "-" + StoreNames.PROFILES + "-changelog"));
        assertFalse(fx.driver.producedTopicNames().contains(APP + "-" + StoreNames.SEARCH + "-changelog"),
            fx.driver.producedTopicNames().toString());
    }

    @Test
    void aNewDriverOverTheSameProfilesRebuildsTheIndexAndDropsEntriesNoProfileBacks() throws IOException {
        // at least once: stores are checkpointed on commit, so a copy of them is a valid state directory
        fx = new TopologyFixture(stateDir, AT_LEAST_ONCE);
        sendOlga();
        List<String> before = searchKeys();
        assertTrue(before.stream().anyMatch(k -> k.startsWith("n:olga|")), before.toString());
        KeyValueStore<String, String> search = fx.driver.getKeyValueStore(StoreNames.SEARCH);
        search.delete(before.get(0));
        search.put("n:ghost|c-aborted", "c-aborted");
        // the driver wipes its state when closed and never restores, so the new one starts from a copy of the stores
        // (closed first: that writes the record caches to RocksDB, and RocksDB, which runs without a write-ahead
        // log, to its files; the driver's last commit then finds the cached stores closed, which is expected)
        fx.driver.getAllStateStores().values().forEach(StateStore::close);
        copy(stateDir, copiedStateDir);
        assertThrows(InvalidStateStoreException.class, fx::close);

        fx = new TopologyFixture(copiedStateDir, AT_LEAST_ONCE);
        assertEquals(1, fx.liveProfiles().size(), "the profiles are still there");
        assertEquals(before, searchKeys(), "rebuilt from the profiles alone");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("LOCK")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void sendOlga() {
        fx.sendAvro("crm", event("crm-1", SourceSystem.CRM, T0).setSourceRecordId("CRM-OK")
            .setIdentifiers(ids().setCrmId("CRM-OK").setEmail("olga.kowalska@example.pl").setPhone("+48 22 123 45 67")
                .build())
            .setPerson(person("Olga", "Kowalska")).build());
    }

    private List<String> searchKeys() {
        List<String> keys = new ArrayList<>();
        KeyValueStore<String, String> search = fx.driver.getKeyValueStore(StoreNames.SEARCH);
        try (var it = search.all()) {
            it.forEachRemaining(kv -> keys.add(kv.key));
        }
        return keys;
    }
}
