package io.c360.identity.match;

import static io.c360.identity.match.RecordView.BIRTH_DATE;
import static io.c360.identity.match.RecordView.CITY;
import static io.c360.identity.match.RecordView.FIRST_NAME;
import static io.c360.identity.match.RecordView.GENDER;
import static io.c360.identity.match.RecordView.LAST_NAME;
import static io.c360.identity.match.RecordView.NATIONAL_ID;
import static io.c360.identity.match.RecordView.POSTCODE;
import static io.c360.identity.match.RecordView.STREET;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.c360.avro.FieldScore;
import io.c360.identity.IdentifierType;
import io.c360.identity.IdentityRules;
import io.c360.identity.IdentityRules.Strength;

/**
 * Scores a pair of records the Fellegi-Sunter way: every field present on both adds the weight of its
 * comparison level; a missing field adds nothing. Names are read both as given/family and swapped, and the
 * better reading counts (less a small penalty when swapped). Pure and deterministic: the same two records
 * always score the same, whatever else is in the state, so the links do not depend on arrival order.
 */
public final class PairScorer {
    private static final String EMAIL = IdentifierType.EMAIL.fieldName();
    private static final String PHONE = IdentifierType.PHONE.fieldName();

    private final MatchWeights weights;
    private final IdentityRules rules;
    private final FieldComparator givenName;
    private final FieldComparator familyName = NameComparators.familyName();
    private final FieldComparator birthDate = new BirthDateComparator();
    private final FieldComparator exact = (a, b) -> a.equalsIgnoreCase(b) ? FieldComparator.EXACT : FieldComparator.DIFFERENT;
    private final FieldComparator street = new StreetComparator();
    private final FieldComparator place = new SimilarityComparator();
    private final FieldComparator code = new EditDistanceComparator();
    private final FieldComparator email = new EmailComparator();
    private final FieldComparator phone = new PhoneComparator();

    public PairScorer(MatchWeights weights, IdentityRules rules, Nicknames nicknames) {
        this.weights = weights;
        this.rules = rules;
        this.givenName = NameComparators.givenName(nicknames);
    }

    /**
     * @param linkable whether an identifier key (type:value) may still link; values past their cap count as absent
     * @param withEvidence whether to list every field's level and weight
     */
    public PairScore score(RecordView a, RecordView b, Predicate<String> linkable, boolean withEvidence) {
        List<FieldScore> evidence = withEvidence ? new ArrayList<>() : null;
        NameReading names = names(a, b);
        double total = names.weight;
        if (evidence != null) {
            names.addTo(evidence);
        }
        String dobLevel = level(birthDate, a.attribute(BIRTH_DATE), b.attribute(BIRTH_DATE));
        total += add(evidence, BIRTH_DATE, a.attribute(BIRTH_DATE), b.attribute(BIRTH_DATE), dobLevel);
        total += attribute(evidence, GENDER, exact, a, b);
        total += attribute(evidence, STREET, street, a, b);
        total += attribute(evidence, CITY, place, a, b);
        total += attribute(evidence, POSTCODE, code, a, b);
        String nationalIdLevel = level(code, a.attribute(NATIONAL_ID), b.attribute(NATIONAL_ID));
        total += add(evidence, NATIONAL_ID, a.attribute(NATIONAL_ID), b.attribute(NATIONAL_ID), nationalIdLevel);
        total += identifierField(evidence, EMAIL, email, a, b, linkable);
        total += identifierField(evidence, PHONE, phone, a, b, linkable);
        List<String> strong = new ArrayList<>(1);
        List<String> weak = new ArrayList<>(1);
        shared(a, b, linkable, strong, weak);
        for (String key : weak) {
            total += weights.weakShared();
            if (evidence != null) {
                evidence.add(new FieldScore(key.substring(0, key.indexOf(':')), key, key, "shared", weights.weakShared()));
            }
        }
        return new PairScore(total, names.givenLevel, dobLevel, nationalIdLevel, names.swapped, strong, weak, evidence);
    }

    private NameReading names(RecordView a, RecordView b) {
        String firstA = a.attribute(FIRST_NAME);
        String lastA = a.attribute(LAST_NAME);
        String firstB = b.attribute(FIRST_NAME);
        String lastB = b.attribute(LAST_NAME);
        NameReading direct = reading(firstA, lastA, firstB, lastB, false);
        if (firstA == null || lastA == null || firstB == null || lastB == null) {
            return direct;
        }
        NameReading swapped = reading(firstA, lastA, lastB, firstB, true);
        return swapped.weight > direct.weight ? swapped : direct;
    }

    private NameReading reading(String firstA, String lastA, String firstB, String lastB, boolean swapped) {
        String givenLevel = level(givenName, firstA, firstB);
        String familyLevel = level(familyName, lastA, lastB);
        double weight = (givenLevel == null ? 0 : weights.weight(FIRST_NAME, givenLevel))
            + (familyLevel == null ? 0 : weights.weight(LAST_NAME, familyLevel))
            - (swapped ? weights.swapPenalty() : 0);
        return new NameReading(firstA, lastA, firstB, lastB, givenLevel, familyLevel, swapped, weight);
    }

    private final class NameReading {
        final String firstA;
        final String lastA;
        final String firstB;
        final String lastB;
        final String givenLevel;
        final String familyLevel;
        final boolean swapped;
        final double weight;

        NameReading(String firstA, String lastA, String firstB, String lastB, String givenLevel, String familyLevel,
                    boolean swapped, double weight) {
            this.firstA = firstA;
            this.lastA = lastA;
            this.firstB = firstB;
            this.lastB = lastB;
            this.givenLevel = givenLevel;
            this.familyLevel = familyLevel;
            this.swapped = swapped;
            this.weight = weight;
        }

        void addTo(List<FieldScore> evidence) {
            String suffix = swapped ? "-swapped" : "";
            if (givenLevel != null) {
                evidence.add(new FieldScore(FIRST_NAME, firstA, firstB, givenLevel + suffix,
                    weights.weight(FIRST_NAME, givenLevel)));
            }
            if (familyLevel != null) {
                evidence.add(new FieldScore(LAST_NAME, lastA, lastB, familyLevel + suffix,
                    weights.weight(LAST_NAME, familyLevel) - (swapped ? weights.swapPenalty() : 0)));
            }
        }
    }

    private double attribute(List<FieldScore> evidence, String field, FieldComparator comparator, RecordView a,
                             RecordView b) {
        String left = a.attribute(field);
        String right = b.attribute(field);
        return add(evidence, field, left, right, level(comparator, left, right));
    }

    /** E-mail and phone: the best level over the values the two records carry that may still link. */
    private double identifierField(List<FieldScore> evidence, String type, FieldComparator comparator, RecordView a,
                                   RecordView b, Predicate<String> linkable) {
        String bestLevel = null;
        String bestLeft = null;
        String bestRight = null;
        double best = Double.NEGATIVE_INFINITY;
        for (String left : a.identifiers(type)) {
            for (String right : b.identifiers(type)) {
                if (!linkable.test(type + ":" + left) || !linkable.test(type + ":" + right)) {
                    continue;
                }
                String level = comparator.compare(left, right);
                double weight = weights.weight(type, level);
                if (weight > best) {
                    best = weight;
                    bestLevel = level;
                    bestLeft = left;
                    bestRight = right;
                }
            }
        }
        return bestLevel == null ? 0 : add(evidence, type, bestLeft, bestRight, bestLevel);
    }

    private void shared(RecordView a, RecordView b, Predicate<String> linkable, List<String> strong, List<String> weak) {
        for (Map.Entry<String, List<String>> entry : a.identifiersByType().entrySet()) {
            List<String> other = b.identifiers(entry.getKey());
            if (other.isEmpty()) {
                continue;
            }
            boolean isWeak = rules.rule(entry.getKey()).strength() == Strength.WEAK;
            for (String value : entry.getValue()) {
                String key = entry.getKey() + ":" + value;
                if (other.contains(value) && linkable.test(key)) {
                    (isWeak ? weak : strong).add(key);
                }
            }
        }
        strong.sort(null);
        weak.sort(null);
    }

    private double add(List<FieldScore> evidence, String field, String left, String right, String level) {
        if (level == null) {
            return 0;
        }
        double weight = weights.weight(field, level);
        if (evidence != null) {
            evidence.add(new FieldScore(field, left, right, level, weight));
        }
        return weight;
    }

    private static String level(FieldComparator comparator, String left, String right) {
        return left == null || right == null ? null : comparator.compare(left, right);
    }
}
