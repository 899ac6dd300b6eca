package io.c360.identity.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.c360.identity.generate.Person.Address;
import io.c360.identity.generate.Person.Household;

/**
 * Draws households of people, one household at a time, so any number of people can be made in constant memory.
 * Households are where the hard cases live: partners and children share an address and a family name and
 * sometimes a mailbox or landline; twins share a birth date; a son may carry his father's given name, and no
 * one else in a household shares a given name. Some
 * people are namesakes of someone drawn shortly before, and some have moved.
 */
final class Population {
    static final double NAMESAKE = 0.03;
    static final double MOVED = 0.15;
    static final double TWINS = 0.2;
    static final double JUNIOR = 0.08;
    static final double FAMILY_EMAIL = 0.3;
    static final double LANDLINE = 0.3;
    static final double LOYALTY = 0.45;
    private static final int RECENT = 256;
    private static final LocalDate OLDEST = LocalDate.of(1935, 1, 1);
    private static final LocalDate YOUNGEST = LocalDate.of(2012, 12, 31);
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2004, 12, 31).toEpochDay() - OLDEST.toEpochDay());
    /** Odd and not a multiple of 5, so multiplying by it is a bijection modulo 10^9: loyalty ids never collide. */
    private static final long LOYALTY_SPREAD = 387_420_489L;
    private static final long LOYALTY_RANGE = 1_000_000_000L;

    private final NamePools names;
    private final Places places;
    private final Draw draw;
    private final Emails emails;
    private final List<Person> recent = new ArrayList<>(RECENT);
    private long people;
    private long households;

    Population(NamePools names, Places places, Draw draw) {
        this.names = names;
        this.places = places;
        this.draw = draw;
        this.emails = new Emails(draw);
    }

    /** The people of the next household, adults first. */
    List<Person> nextHousehold() {
        int size = 1 + draw.weighted(40, 30, 15, 15);
        if (size == 1 && !recent.isEmpty() && draw.chance(NAMESAKE * 3)) {
            return List.of(remember(namesake(draw.pick(recent))));
        }
        Culture culture = names.draw(draw);
        Country country = places.get(draw.pick(culture.countries()));
        Name family = draw.pick(culture.family());
        Address home = address(country);
        List<Person> members = new ArrayList<>(size);
        Household household = household(home, family, culture, size);
        Person first = person(culture, draw.chance(0.5), draw.pick(culture.given(draw.chance(0.5))), family,
            birthDate(), household);
        members.add(first);
        if (size >= 2) {
            Name partnerFamily = draw.chance(0.75) ? family : draw.pick(culture.family());
            boolean female = !first.female() || draw.chance(0.1);
            LocalDate born = first.birthDate().plusDays(draw.between(-6 * 365, 6 * 365));
            members.add(person(culture, female, otherGiven(culture, female, members), partnerFamily, born, household));
        }
        addChildren(members, culture, family, household, size - 2);
        members.forEach(this::remember);
        return members;
    }

    private void addChildren(List<Person> members, Culture culture, Name family, Household household, int count) {
        LocalDate youngestParent = members.stream().map(Person::birthDate).max(LocalDate::compareTo).orElseThrow();
        Person previous = null;
        for (int i = 0; i < count; i++) {
            boolean female = draw.chance(0.5);
            boolean twin = previous != null && draw.chance(TWINS);
            LocalDate born = twin ? previous.birthDate() : childBirthDate(youngestParent);
            Person father = members.get(0).female() ? null : members.get(0);
            Name given = !female && father != null && !twin && draw.chance(JUNIOR) ? father.given()
                : otherGiven(culture, female, members);
            Person child = person(culture, female, given, family, born, household);
            members.add(child);
            previous = child;
        }
    }

    private LocalDate childBirthDate(LocalDate youngestParent) {
        LocalDate born = youngestParent.plusDays(draw.between(20 * 365, 38 * 365));
        return born.isAfter(YOUNGEST) ? YOUNGEST.minusDays(draw.below(10 * 365)) : born;
    }

    /** A given name nobody in the household has yet: parents do not give two children one name. */
    private Name otherGiven(Culture culture, boolean female, List<Person> household) {
        Name given = draw.pick(culture.given(female));
        while (taken(given, household)) {
            given = draw.pick(culture.given(female));
        }
        return given;
    }

    private static boolean taken(Name given, List<Person> household) {
        return household.stream().anyMatch(member -> member.given().equals(given));
    }

    private Person namesake(Person original) {
        Culture culture = original.culture();
        Address home = address(places.get(draw.pick(culture.countries())));
        Household household = new Household(home, original.family(), null, null);
        return person(culture, original.female(), original.given(), original.family(), birthDate(), household);
    }

    private Person person(Culture culture, boolean female, Name given, Name family, LocalDate born,
                          Household household) {
        long index = people++;
        Address home = household.address();
        Country country = home.country();
        Address previous = draw.chance(MOVED) ? address(draw.chance(0.85) ? country : places.get(draw.pick(
            culture.countries()))) : null;
        String loyalty = draw.chance(LOYALTY)
            ? String.format(java.util.Locale.ROOT, "LY%09d", index * LOYALTY_SPREAD % LOYALTY_RANGE) : null;
        return new Person(String.format(java.util.Locale.ROOT, "P%07d", index), culture, female, given, family, born,
            emails.personal(given, family, born, country, index), emails.work(given, family), draw.fill(
                country.mobilePattern()), home, previous, loyalty, household);
    }

    private Household household(Address home, Name family, Culture culture, int size) {
        Country country = home.country();
        long number = households++;
        String familyEmail = size >= 2 && draw.chance(FAMILY_EMAIL) ? emails.family(family, country, number) : null;
        String landline = draw.chance(LANDLINE) ? draw.fill(country.landlinePattern()) : null;
        return new Household(home, family, familyEmail, landline);
    }

    private Address address(Country country) {
        Country.City city = draw.pick(country.cities());
        return new Address(draw.pick(country.streets()), Integer.toString(draw.between(1, 240)), city,
            draw.fill(city.postcodePattern()), country);
    }

    private LocalDate birthDate() {
        return OLDEST.plusDays(draw.below(BIRTH_DAYS));
    }

    private Person remember(Person person) {
        if (recent.size() == RECENT) {
            recent.set(draw.below(RECENT), person);
        } else {
            recent.add(person);
        }
        return person;
    }
}
