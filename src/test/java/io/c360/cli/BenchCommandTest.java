package io.c360.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What `bench` would measure, from its arguments alone: nothing starts. */
class BenchCommandTest {
    @Test
    void withoutOptionsTheFullRun() {
        BenchCommand bench = parse();
        assertEquals(BenchCommand.Plan.FULL, bench.plan());
        assertEquals(new BenchCommand.Plan(List.of(10_000, 100_000), 100_000, 20), bench.plan());
        assertNull(bench.json);
    }

    @Test
    void quickIsOneSmallSize() {
        assertEquals(new BenchCommand.Plan(List.of(10_000), 5_000, 10), parse("--quick").plan());
    }

    @Test
    void explicitOptionsOverrideQuick() {
        BenchCommand bench = parse("--quick", "--events", "2000", "--customers", "3000,6000");
        assertEquals(new BenchCommand.Plan(List.of(3_000, 6_000), 2_000, 10), bench.plan());
        assertEquals(new BenchCommand.Plan(List.of(10_000), 100_000, 5),
            parse("--customers", "10000", "--latency-seconds", "5").plan());
    }

    @Test
    void jsonNamesTheFile() {
        assertEquals(Path.of("/tmp/q.json"), parse("--quick", "--json", "/tmp/q.json").json);
    }

    private static BenchCommand parse(String... args) {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs(args);
        return bench;
    }
}
