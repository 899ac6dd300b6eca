package io.c360.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.demo.SyntheticPerson.Phone;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhoneAllocatorTest {

  @Test
  void numbersAreDistinctValidAndReadBackFromEveryNotation() {
    PhoneAllocator allocator = new PhoneAllocator();
    Set<String> seen = new HashSet<>();
    List<String[]> areas = List.of(new String[] {"GB", null}, new String[] {"US", "202"}, new String[] {"US", "415"},
        new String[] {"DE", "30"}, new String[] {"DE", "221"}, new String[] {"FR", null}, new String[] {"ES", null},
        new String[] {"IT", null}, new String[] {"NL", null}, new String[] {"PL", null}, new String[] {"JP", null});
    for (String[] area : areas) {
      for (int i = 0; i < 250; i++) {
        Phone phone = allocator.allocate(area[0], area[1]);
        assertTrue(seen.add(phone.e164()), phone.e164());
        phone.international().forEach(text -> assertEquals(phone.e164(), StrongIdentifiers.e164(text, "ZZ")));
        phone.regional().forEach(text -> assertEquals(phone.e164(), StrongIdentifiers.e164(text, area[0])));
      }
    }
  }

  @Test
  void theFirstUsNumbersLookFictional() {
    Phone first = new PhoneAllocator().allocate("US", "202");
    assertEquals("+12025550100", first.e164());
    assertTrue(first.regional().contains("(202) 555-0100"), first.regional().toString());
  }

  @Test
  void nationalNotationsNeedTheRegion() {
    Phone uk = new PhoneAllocator().allocate("GB", null);
    assertEquals("+447700100000", uk.e164());
    assertTrue(uk.regional().containsAll(List.of("07700 100000", "0044 7700 100000")), uk.regional().toString());
  }
}
