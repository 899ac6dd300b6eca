package io.c360.identity.generate;

import java.util.List;

/**
 * A given or family name as sources write it: its romanisations (the first is the usual one), the native script
 * where the name has one (CJK, Thai), and its short forms.
 *
 * @param nativeScript null for names written in Latin letters only
 */
record Name(String nativeScript, List<String> romanised, List<String> nicknames) {
    /** Parses {@code [native|]roman[/roman...][=nick/nick...]}. */
    static Name parse(String entry) {
        int equals = entry.indexOf('=');
        String names = equals < 0 ? entry : entry.substring(0, equals);
        List<String> nicknames = equals < 0 ? List.of() : List.of(entry.substring(equals + 1).split("/"));
        int bar = names.indexOf('|');
        String nativeScript = bar < 0 ? null : names.substring(0, bar);
        List<String> romanised = List.of(names.substring(bar + 1).split("/"));
        return new Name(nativeScript, romanised, nicknames);
    }

    String usual() {
        return romanised.get(0);
    }
}
