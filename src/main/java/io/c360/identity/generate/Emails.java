package io.c360.identity.generate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses of generated people: personal ones made from their names, work ones, family mailboxes. */
final class Emails {
    static final double WORK = 0.15;
    static final long EARLY_ACCOUNTS = 10_000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ADDRESS = Pattern.compile("[^a-z0-9]");
    private static final List<String> EMPLOYERS = List.of("northwind.com", "contoso.com", "fabrikam.com",
        "initech.com", "globex.com", "umbrella-group.com", "acme-corp.com", "wayne-enterprises.com");

    private final Draw draw;

    Emails(Draw draw) {
        this.draw = draw;
    }

    /**
     * Mostly made unique by a number (a birth year or a number of the person's own); a bare name, as people with
     * an early account have it, only for the first {@value #EARLY_ACCOUNTS} people, since an address belongs to
     * one person and namesakes would otherwise share it in large sets.
     */
    String personal(Name given, Name family, LocalDate born, Country country, long person) {
        String first = ascii(given.usual());
        String last = ascii(family.usual());
        String stem = switch (draw.weighted(30, 20, 20, 15, 15)) {
            case 0 -> first + "." + last;
            case 1 -> first + last;
            case 2 -> first.charAt(0) + last;
            case 3 -> first + "_" + last;
            default -> first + last.charAt(0);
        };
        String number = switch (draw.weighted(person < EARLY_ACCOUNTS ? 15 : 0, 25, 20, 40)) {
            case 0 -> "";
            case 1 -> Integer.toString(born.getYear());
            case 2 -> String.format(Locale.ROOT, "%02d", born.getYear() % 100);
            default -> Long.toString(person % 9973);
        };
        return stem + number + "@" + draw.pick(country.domains());
    }

    /** Null for most people: only some give a work address. */
    String work(Name given, Name family) {
        return draw.chance(WORK) ? ascii(given.usual()) + "." + ascii(family.usual()) + "@" + draw.pick(EMPLOYERS)
            : null;
    }

    /** Numbered by the household, so two families of one name never share a mailbox. */
    String family(Name family, Country country, long household) {
        String name = ascii(family.usual());
        String local = draw.chance(0.5) ? "the" + name + "s" + household : name + ".family" + household;
        return local + "@" + draw.pick(country.domains());
    }

    static String ascii(String name) {
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ł", "l").replace("ß", "ss"),
            Normalizer.Form.NFD);
        return NOT_ADDRESS.matcher(MARKS.matcher(folded).replaceAll("")).replaceAll("");
    }
}
