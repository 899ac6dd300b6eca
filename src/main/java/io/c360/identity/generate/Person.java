package io.c360.identity.generate;

import java.time.LocalDate;

/**
 * One synthetic customer: who they are (the truth every record of them is rendered from) and the household they
 * live in.
 *
 * @param entityId        the ground-truth id written to the truth file
 * @param workEmail       a second address some sources know instead of the personal one; null when none
 * @param previousAddress where the person lived before moving; null for people who did not move
 * @param loyaltyId       null for people without a loyalty card
 */
record Person(String entityId, Culture culture, boolean female, Name given, Name family, LocalDate birthDate,
              String email, String workEmail, String mobile, Address address, Address previousAddress,
              String loyaltyId, Household household) {

    /** A postal address; the house number is kept apart so sources can write or drop it their way. */
    record Address(String street, String houseNumber, Country.City city, String postcode, Country country) {
    }

    /**
     * People living together: they share an address and often a family name, and may share a mailbox or a
     * landline, which must not make them one person.
     *
     * @param familyEmail null when the household has no shared mailbox
     * @param landline    national number, null when none
     */
    record Household(Address address, Name family, String familyEmail, String landline) {
    }
}
