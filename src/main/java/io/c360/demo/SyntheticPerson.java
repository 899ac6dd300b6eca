package io.c360.demo;

import io.c360.avro.SourceSystem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The ground truth about one synthetic person: who they really are, before any source misspells them. Tests and
 * benchmarks compare what c360 resolved against this.
 *
 * @param sources the source systems the person shows up in
 */
public record SyntheticPerson(String personId, Kind kind, Name name, LocalDate birthDate, String gender,
    String language, Home home, String email, Phone phone, Accounts accounts, Set<SourceSystem> sources) {

  public SyntheticPerson {
    sources = Set.copyOf(sources);
  }

  /** How much of the person the sources see. */
  public enum Kind {
    /** Three or more sources, linked through shared identifiers. */
    FULL,
    /** One or two sources: the long tail that a demo should not pretend away. */
    SPARSE,
    /** A web visitor who never logs in; known by cookie only. */
    ANONYMOUS
  }

  /**
   * The name as the person writes it, plus what sources derive from it.
   *
   * @param latinFirst the romanised given name, equal to {@code first} for Latin-script names
   * @param familyNameFirst whether the person's own tradition puts the family name first
   */
  public record Name(String first, String middle, String last, String nickname, String latinFirst, String latinLast,
      boolean familyNameFirst) {
  }

  /** @param country ISO-3166 alpha-2 */
  public record Home(String street, String city, String postcode, String region, String country) {
  }

  /**
   * One phone number in the notations people and systems write it in.
   *
   * @param region ISO-3166 alpha-2 of the numbering plan, needed to read the regional notations
   * @param international notations that parse without knowing the region ({@code +44 7700 100123})
   * @param regional notations that only parse with the region known ({@code 07700 100123}, {@code 0044 7700 100123})
   */
  public record Phone(String region, String e164, List<String> international, List<String> regional) {

    public Phone {
      international = List.copyOf(international);
      regional = List.copyOf(regional);
    }
  }

  /** The per-source account identifiers; null where the person has no account in that source. */
  public record Accounts(String crmId, String loyaltyId, String ecommerceId, String posCustomerId,
      List<String> cookieIds, String deviceId, String socialHandle, String socialNetwork) {

    public Accounts {
      cookieIds = List.copyOf(cookieIds);
    }
  }
}
