package io.c360.privacy.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LocalScanTest {
    private static final String SOMEONE_ELSE = "c19b14e90c40144325eab36d7635";
    private static final Hit HER_NAME = new Hit(Hit.NAME, "aaaaaaaa+bbbbbbbb");

    private static List<String> exposures(LocalScan scan, Set<String> writtenAfterErasure) {
        return scan.finish(writtenAfterErasure).stream().flatMap(report -> report.findings().stream())
            .map(f -> f.location() + " " + f.exposure()).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSearchEntryWithHerNameThatFindsAnotherCustomerIsANamesakes() {
        LocalScan scan = new LocalScan();
        scan.add("search-index", "s/namesake", bytes("n:jane doe|" + SOMEONE_ELSE), bytes(SOMEONE_ELSE),
            new Observation(Set.of(HER_NAME), Set.of(), false, false));
        scan.add("search-index", "s/hers", bytes("n:jane doe|c0192f3a1b2c4d5e6f7a8"), bytes("c0192f3a1b2c4d5e6f7a8"),
            new Observation(Set.of(HER_NAME), Set.of(new Hit(Hit.CUSTOMER_ID, "cccccccc")), false, false));
        scan.add("profiles", "p/clear", bytes("k"), bytes("{\"note\":\"" + SOMEONE_ELSE + "x\"}"),
            new Observation(Set.of(HER_NAME), Set.of(), false, false));
        assertEquals(List.of("p/clear READABLE", "s/namesake NAME_ONLY", "s/hers READABLE"), exposures(scan, Set.of()),
            "only a value that is exactly another customer's id names the owner");
    }

    @Test
    void anEntryWhoseChangelogValueCameFromALaterEventIsHerNewLife() {
        LocalScan scan = new LocalScan();
        scan.add("profiles", "p/new", bytes("c-new"), bytes("sealed or not"),
            new Observation(Set.of(), Set.of(new Hit("email", "abcdefgh")), false, false));
        assertEquals(List.of("p/new AFTER_ERASURE"), exposures(scan, Set.of("c-new")));
    }
}
