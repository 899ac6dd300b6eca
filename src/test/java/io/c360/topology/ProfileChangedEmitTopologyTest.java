package io.c360.topology;

import static io.c360.testing.Events.T0;
import static io.c360.testing.Events.event;
import static io.c360.testing.Events.ids;
import static io.c360.testing.Events.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.c360.avro.ProfileChanged;
import io.c360.avro.SourceSystem;
import io.c360.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** c360.profile.changed.emit: one record per event names that event; an unknown setting is refused at start. */
class ProfileChangedEmitTopologyTest {
    @TempDir
    Path stateDir;

    @Test
    void perEventEachRecordNamesTheOneEventThatCausedIt() {
        try (TopologyFixture fx = new TopologyFixture(stateDir, Map.of("c360.profile.changed.emit", "event"))) {
            for (int i = 1; i <= 3; i++) {
                fx.sendAvro("ecommerce", event("o-" + i, SourceSystem.ECOMMERCE, T0.plusSeconds(i))
                    .setSourceRecordId("SHOP-1").setIdentifiers(ids().setEcommerceId("SHOP-1").build())
                    .setPayload(order("S-" + i, i)).build());
            }
            List<ProfileChanged> changes = fx.changed.readValuesToList();
            assertEquals(List.of(List.of("o-1"), List.of("o-2"), List.of("o-3")),
                changes.stream().map(ProfileChanged::getCauseEventIds).toList());
            assertEquals(List.of("o-1", "o-2", "o-3"), changes.stream().map(ProfileChanged::getCauseEventId).toList());
        }
    }

    @Test
    void coalescedEveryEventIsNamedEvenWhenTheCacheWritesEachProfileThroughAtOnce() {
        try (TopologyFixture fx = new TopologyFixture(stateDir, Map.of("statestore.cache.max.bytes", "1"))) {
            for (int i = 1; i <= 3; i++) {
                fx.sendAvro("ecommerce", event("o-" + i, SourceSystem.ECOMMERCE, T0.plusSeconds(i))
                    .setSourceRecordId("SHOP-" + i).setIdentifiers(ids().setEcommerceId("SHOP-" + i).build())
                    .setPayload(order("S-" + i, i)).build());
            }
            assertEquals(List.of("o-1", "o-2", "o-3"), fx.changed.readValuesToList().stream()
                .flatMap(c -> c.getCauseEventIds().stream()).toList());
        }
    }

    @Test
    void anUnknownSettingIsRefusedWithTheChoices() {
        ConfigException e = assertThrows(ConfigException.class, () ->
            new TopologyFixture(stateDir, Map.of("c360.profile.changed.emit", "batched")).close());
        assertTrue(e.getMessage().contains("c360.profile.changed.emit must be coalesced or event"), e.getMessage());
    }
}
