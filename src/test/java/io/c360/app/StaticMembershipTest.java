package io.c360.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The group instance id is the state directory's: the same after a restart, another for another directory. */
class StaticMembershipTest {
    @TempDir
    Path dir;

    @Test
    void aRestartOnTheSameStateKeepsItsIdAnotherStateGetsItsOwn() {
        String first = idFor(dir.resolve("a"));
        assertTrue(first.startsWith("c360-x-"), first);
        assertEquals(first, idFor(dir.resolve("a")), "the restarted instance takes its own place");
        assertNotEquals(first, idFor(dir.resolve("b")));
    }

    @Test
    void anExplicitIdWinsAndFalseKeepsDynamicMembership() {
        assertEquals("mine", StaticMembership.apply(config(dir, Map.of("group.instance.id", "mine")))
            .get("group.instance.id"));
        assertNull(StaticMembership.apply(config(dir, Map.of("c360.static.membership", "false")))
            .get("group.instance.id", null));
    }

    private static String idFor(Path stateDir) {
        return StaticMembership.apply(config(stateDir, Map.of())).get("group.instance.id");
    }

    private static AppConfig config(Path stateDir, Map<String, String> extra) {
        return new AppConfig(ConfigLoader.defaults()).with(Map.of("application.id", "c360-x",
            "state.dir", stateDir.toString())).with(extra);
    }
}
