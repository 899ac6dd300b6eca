package io.c360.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.avro.SourceSystem;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpellingsTest {

  private final Spellings spellings = new Spellings(new Random(1));

  @Test
  void asciiFoldingFollowsLegacySystems() {
    assertEquals("Mueller", Spellings.ascii("Müller"));
    assertEquals("Wojcik", Spellings.ascii("Wójcik"));
    assertEquals("Malgorzata", Spellings.ascii("Małgorzata"));
    assertEquals("Elodie Lefevre", Spellings.ascii("Élodie Lefèvre"));
  }

  @Test
  void slugsAreWhatFitsInAnEmailAddress() {
    assertEquals("oconnor", Spellings.slug("O'Connor"));
    assertEquals("vandenberg", Spellings.slug("van den Berg"));
    assertEquals("grosse", Spellings.slug("Große"));
  }

  @Test
  void typosSwapLettersButKeepThem() {
    for (int i = 0; i < 200; i++) {
      String typo = spellings.typo("Katherine");
      assertNotEquals("Katherine", typo);
      assertEquals(sorted("Katherine"), sorted(typo), typo);
      assertEquals('K', typo.charAt(0), "the initial survives, as it does in real slips");
      assertNotEquals("Anna", spellings.typo("Anna"));
    }
    assertEquals("さくら", spellings.typo("さくら"));
    assertEquals("Wei", spellings.typo("Wei"));
  }

  @Test
  void aSourceKeepsTheSpellingItStored() {
    SyntheticPerson person = new TouchpointGenerator(1, 1, Instant.parse("2026-01-01T00:00:00Z")).people().get(0);
    String stored = spellings.formFirstName(person, SourceSystem.MARKETING);
    for (int i = 0; i < 50; i++) {
      assertEquals(stored, spellings.formFirstName(person, SourceSystem.MARKETING));
    }
  }

  @Test
  void typedEmailsNormaliseBackToTheAddress() {
    for (int i = 0; i < 100; i++) {
      String typed = spellings.typedEmail("jane.doe@example.com");
      assertEquals("jane.doe@example.com", typed.trim().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void scriptsAreRecognised() {
    assertTrue(Spellings.isLatin("José-María O'Connor"));
    assertFalse(Spellings.isLatin("佐藤"));
    assertFalse(Spellings.isLatin("さくら"));
  }

  @Test
  void countriesHaveEnglishNames() {
    assertEquals("Germany", Spellings.countryName("DE"));
    assertEquals("United Kingdom", Spellings.countryName("GB"));
  }

  private static String sorted(String text) {
    char[] chars = text.toCharArray();
    Arrays.sort(chars);
    return new String(chars);
  }
}
