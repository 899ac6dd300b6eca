package io.c360.identity.match;

import java.util.regex.Pattern;

import io.c360.standardize.NameStandardizer;
import org.apache.commons.codec.language.DoubleMetaphone;

/** Comparison keys of names: letters only, and a phonetic code for Latin-script names. */
public final class NameKeys {
    private static final Pattern LATIN_ONLY = Pattern.compile("[a-z]+");
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(6);
        return metaphone;
    });

    private static final Memo PHONETIC = new Memo(NameKeys::computePhonetic, 200_000);

    private NameKeys() {
    }

    /** "Zoë O'Brien" → "zoeobrien"; CJK and Thai names keep their letters. */
    public static String key(String name) {
        return NameStandardizer.matchKey(name);
    }

    /** The Latin letter key of a name key in any script (ICU transliteration); a Latin key is itself. */
    public static String latin(String key) {
        return LATIN_ONLY.matcher(key).matches() ? key : Romanizer.latinKey(key);
    }

    /** Double Metaphone of a Latin key; a name in another script is its own code. */
    public static String phonetic(String key) {
        return PHONETIC.apply(key);
    }

    private static String computePhonetic(String key) {
        if (!LATIN_ONLY.matcher(key).matches()) {
            return key;
        }
        return METAPHONE.get().doubleMetaphone(key);
    }
}
