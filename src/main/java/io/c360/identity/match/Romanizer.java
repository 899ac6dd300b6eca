package io.c360.identity.match;

import com.ibm.icu.text.Transliterator;

/**
 * Latin letter keys of names written in another script (Han, Hangul, kana, Thai), by ICU's general
 * transliteration: Chinese in pinyin, Korean in the Revised Romanization, kana in Hepburn. Sources romanise in
 * more than one way (Wong for 黄, Kim for 김 where ICU writes gim) and ICU reads Japanese kanji the Chinese way,
 * so a transliteration that agrees with a romanised name is evidence, and one that does not is no evidence
 * either way.
 */
final class Romanizer {
    private static final int MEMO_CAPACITY = 100_000;
    /** ICU transliterators are not documented as safe for concurrent use; one per thread. */
    private static final ThreadLocal<Transliterator> ANY_LATIN =
        ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final Memo LATIN_KEYS = new Memo(key -> NameKeys.key(ANY_LATIN.get().transliterate(key)),
        MEMO_CAPACITY);

    private Romanizer() {
    }

    /** The Latin letter key of a name key in any script; a Latin key is itself. */
    static String latinKey(String key) {
        return LATIN_KEYS.apply(key);
    }
}
