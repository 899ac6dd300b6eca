package io.c360.identity.match;

import java.util.List;

import io.c360.avro.FieldScore;

/**
 * The comparison of two records: the Fellegi-Sunter match weight, the levels merge protection looks at, the
 * identifier values they share, and (when asked for) the per-field evidence.
 *
 * @param givenNameLevel level of the given names in the better name reading, null when one is missing
 * @param birthDateLevel null when one birth date is missing
 * @param nationalIdLevel null when one national id is missing
 * @param sharedStrong   identifier keys (type:value) of strong types both records carry
 * @param sharedWeak     identifier keys of weak types both carry
 * @param fields         per-field evidence, or null when not requested
 */
public record PairScore(double score, String givenNameLevel, String birthDateLevel, String nationalIdLevel,
                        boolean swapped,
                        List<String> sharedStrong, List<String> sharedWeak, List<FieldScore> fields) {

    public boolean birthDatesConflict() {
        return FieldComparator.DIFFERENT.equals(birthDateLevel) && !nationalIdsAgree();
    }

    public boolean givenNamesConflict() {
        return FieldComparator.DIFFERENT.equals(givenNameLevel) && !nationalIdsAgree();
    }

    /**
     * A national id is the one attribute only one person has: when both records carry it and it agrees (exactly,
     * or but for one typo, which two random ids almost never do), a differing birth date or given name is an error
     * in the data, not another person, and merge protection stands aside.
     */
    public boolean nationalIdsAgree() {
        return FieldComparator.EXACT.equals(nationalIdLevel) || EditDistanceComparator.ONE_EDIT.equals(nationalIdLevel);
    }
}
