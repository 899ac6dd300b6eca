package io.c360.identity.generate;

import java.util.List;
import java.util.Locale;

/**
 * Names as sources write them: native script or one of its romanisations (CJK, Thai), nicknames, initials,
 * typos, shouting or lower case, a title in front, stray spaces, and given and family name the other way round.
 */
final class NameVariants {
    static final double NICKNAME = 0.12;
    static final double TYPO = 0.04;
    static final double SWAPPED = 0.03;
    static final double SWAPPED_EAST_ASIAN = 0.15;
    static final double OTHER_ROMANISATION = 0.2;
    private static final List<String> HOME_SCRIPT = List.of("CN", "JP", "KR", "TH");
    private static final List<String> TITLES_MALE = List.of("Mr", "Mr.", "MR", "Dr");
    private static final List<String> TITLES_FEMALE = List.of("Mrs", "Ms", "Mrs.", "MS", "Dr");

    private final Draw draw;

    NameVariants(Draw draw) {
        this.draw = draw;
    }

    /** Given name and family name of one record, in that order (possibly swapped, as the source had them). */
    String[] render(Person person, boolean initialOnly) {
        Name given = person.given();
        Name family = person.family();
        boolean hasNative = given.nativeScript() != null && family.nativeScript() != null;
        boolean atHome = HOME_SCRIPT.contains(person.household().address().country().code());
        if (hasNative && draw.chance(atHome ? 0.6 : 0.15)) {
            return new String[] {given.nativeScript(), family.nativeScript()};
        }
        String first = romanised(given);
        if (!given.nicknames().isEmpty() && draw.chance(NICKNAME)) {
            first = draw.pick(given.nicknames());
        }
        if (initialOnly) {
            first = first.charAt(0) + (draw.chance(0.5) ? "." : "");
        }
        String[] names = {dirty(first), dirty(romanised(family))};
        if (draw.chance(hasNative ? SWAPPED_EAST_ASIAN : SWAPPED)) {
            return new String[] {names[1], names[0]};
        }
        if (draw.chance(0.02)) {
            names[0] = draw.pick(person.female() ? TITLES_FEMALE : TITLES_MALE) + " " + names[0];
        }
        return names;
    }

    private String romanised(Name name) {
        return name.romanised().size() > 1 && draw.chance(OTHER_ROMANISATION)
            ? draw.pick(name.romanised().subList(1, name.romanised().size())) : name.usual();
    }

    private String dirty(String name) {
        String typed = draw.chance(TYPO) ? Typos.inWord(name, draw) : name;
        return switch (draw.weighted(85, 8, 4, 3)) {
            case 0 -> typed;
            case 1 -> typed.toUpperCase(Locale.ROOT);
            case 2 -> typed.toLowerCase(Locale.ROOT);
            default -> " " + typed + "  ";
        };
    }
}
