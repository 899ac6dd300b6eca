package io.c360.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.avro.SourceSystem;
import io.c360.demo.SyntheticPerson.Kind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourcePlanTest {

  @Test
  void plansKeepEveryPersonConnectable() {
    Random rnd = new Random(11);
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    for (int i = 0; i < 20_000; i++) {
      Kind kind = SourcePlan.kind(rnd);
      kinds.merge(kind, 1, Integer::sum);
      EnumSet<SourceSystem> sources = SourcePlan.sources(kind, rnd);
      switch (kind) {
        case ANONYMOUS -> assertEquals(EnumSet.of(SourceSystem.WEB), sources);
        case SPARSE -> assertTrue(sources.size() <= 2 && !sources.contains(SourceSystem.POS), sources.toString());
        case FULL -> assertTrue(sources.size() >= 3, sources.toString());
      }
      assertTrue(!sources.contains(SourceSystem.POS) || sources.contains(SourceSystem.LOYALTY), "stores need a card");
      assertTrue(!sources.contains(SourceSystem.OTHER));
    }
    assertEquals(0.05, kinds.get(Kind.ANONYMOUS) / 20_000.0, 0.01);
    assertEquals(0.10, kinds.get(Kind.SPARSE) / 20_000.0, 0.01);
  }
}
