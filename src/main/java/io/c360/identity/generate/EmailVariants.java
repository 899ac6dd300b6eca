package io.c360.identity.generate;

import java.util.List;
import java.util.Locale;

/**
 * Which e-mail a record carries and how: the personal address, the work address, the family mailbox, a
 * placeholder a clerk typed to get past a mandatory field; in capitals, with stray spaces, with a typo in the
 * name or the provider.
 */
final class EmailVariants {
    static final double WORK = 0.3;
    static final double FAMILY = 0.35;
    static final double PLACEHOLDER = 0.02;
    static final double TYPO = 0.03;
    static final double PROVIDER_TYPO = 0.015;
    private static final List<String> PLACEHOLDERS = List.of("noemail@example.com", "none", "n/a", "test@test.com");

    private final Draw draw;

    EmailVariants(Draw draw) {
        this.draw = draw;
    }

    /** @param adult whether the person may use the household's shared mailbox */
    String render(Person person, Source source, boolean adult) {
        if ((source == Source.POS || source == Source.CALLCENTER) && draw.chance(PLACEHOLDER * 5)) {
            return draw.pick(PLACEHOLDERS);
        }
        String familyEmail = person.household().familyEmail();
        String email = adult && familyEmail != null && draw.chance(FAMILY) ? familyEmail
            : person.workEmail() != null && draw.chance(WORK) ? person.workEmail() : person.email();
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (draw.chance(TYPO)) {
            local = Typos.inWord(local, draw);
        }
        if (draw.chance(PROVIDER_TYPO)) {
            domain = Typos.inWord(domain, draw);
        }
        String written = local + "@" + domain;
        return switch (draw.weighted(85, 6, 5, 4)) {
            case 0 -> written;
            case 1 -> written.toUpperCase(Locale.ROOT);
            case 2 -> Character.toUpperCase(written.charAt(0)) + written.substring(1);
            default -> " " + written + " ";
        };
    }
}
