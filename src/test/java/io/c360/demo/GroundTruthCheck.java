package io.c360.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact linking on identifiers must give back exactly the generator's people, no more, no fewer: every event carries a
 * strong identifier, each person's identifiers form one connected component, and no identifier belongs to two people.
 */
final class GroundTruthCheck {

  private GroundTruthCheck() {
  }

  static void assertExactLinkingRecoversGroundTruth(List<GeneratedTouchpoint> events) {
    StrongIdentifiers.Components components = new StrongIdentifiers.Components();
    Map<String, String> owner = new HashMap<>();
    Map<String, String> anyKeyOfPerson = new HashMap<>();
    for (GeneratedTouchpoint t : events) {
      assertFalse(StrongIdentifiers.of(t.event()).isEmpty(), "no strong identifier in " + t.event());
      List<String> keys = StrongIdentifiers.all(t.event());
      components.link(keys);
      anyKeyOfPerson.putIfAbsent(t.personId(), keys.get(0));
      for (String key : keys) {
        String previous = owner.putIfAbsent(key, t.personId());
        if (previous != null) {
          assertEquals(previous, t.personId(), key + " is shared by two people");
        }
      }
    }
    Set<String> roots = new HashSet<>();
    for (Map.Entry<String, String> entry : owner.entrySet()) {
      String personRoot = components.root(anyKeyOfPerson.get(entry.getValue()));
      assertEquals(personRoot, components.root(entry.getKey()),
          entry.getValue() + "'s identifier " + entry.getKey() + " is not linked to the rest of the person");
      roots.add(personRoot);
    }
    assertEquals(anyKeyOfPerson.size(), roots.size(), "one component per person");
  }
}
