package io.c360.standardize;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Personal names: NFKC, trimmed, whitespace collapsed, titles and suffixes removed at the edges, and title case
 * for values that arrive ALL UPPER or all lower. Mixed case is kept as the person or source wrote it
 * ("McDonald", "DiCaprio"), and scripts without case (CJK, Thai) pass through unchanged apart from NFKC.
 */
public final class NameStandardizer {

    /** Lower-case surname particles; "JAN VAN DER BERG" becomes "Jan van der Berg". */
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le",
            "ter", "ten", "dos", "das", "do", "zu", "bin", "al");

    /**
     * A personal name split into parts; a part the input did not contain is {@code null}, as in the Avro contract.
     * {@code last} carries its particles ("van der Berg"), {@code middle} all given names after the first.
     */
    public record PersonName(String first, String middle, String last) {

        static final PersonName EMPTY = new PersonName(null, null, null);

        public boolean isEmpty() {
            return first == null && middle == null && last == null;
        }
    }

    private NameStandardizer() {
    }

    /** {@code " MR. JEAN-LUC O'BRIEN JR "} → {@code Jean-Luc O'Brien}; empty when null or blank. */
    public static Optional<String> standardize(String raw) {
        return Text.clean(raw)
                .map(Honorifics::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> Text.isSingleCase(name) ? titleCase(name) : name);
    }

    /**
     * Splits "Last, First Middle" and "First Middle Last" (family name first in CJK scripts); a lone word is the
     * last name. see {@link PersonName}.
     */
    public static PersonName split(String fullName) {
        return standardize(fullName).map(NameSplitter::split).orElse(PersonName.EMPTY);
    }

    /** Comparison key: lower-case letters only, accents stripped ("Zoë O'Brien-Núñez" → "zoeobriennunez"). */
    public static String matchKey(String name) {
        return Text.letterKey(name);
    }

    /** Whether the word is a surname particle (van, de, al, ...) rather than a name of its own. */
    public static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Title-cases every word, then lowers particles that sit before the surname. A particle opening the value
     * stays capitalized unless another particle follows, so "VAN MORRISON" keeps its first name while
     * "van der berg" becomes "van der Berg"; a particle ending a part ("DA") is a name, not a particle.
     */
    private static String titleCase(String name) {
        String[] words = Text.titleCase(name).split(" ");
        for (int i = 0; i < words.length; i++) {
            boolean endsPart = i == words.length - 1 || words[i].endsWith(",");
            boolean startsPart = i == 0 || words[i - 1].endsWith(",");
            boolean particleFollows = !endsPart && isParticle(words[i + 1]);
            if (!endsPart && isParticle(words[i]) && (!startsPart || particleFollows)) {
                words[i] = words[i].toLowerCase(Locale.ROOT);
            }
        }
        return String.join(" ", words);
    }
}
