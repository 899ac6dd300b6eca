package io.c360.identity.match;

import static io.c360.identity.match.RecordView.BIRTH_DATE;
import static io.c360.identity.match.RecordView.CITY;
import static io.c360.identity.match.RecordView.COUNTRY;
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
    private final FieldComparator familyName;
    private final FieldComparator birthDate = new BirthDateComparator();
    private final FieldComparator exact = (a, b) -> a.equalsIgnoreCase(b) ? FieldComparator.EXACT : FieldComparator.DIFFERENT;
    private final FieldComparator street = new StreetComparator();
    private final FieldComparator place = new SimilarityComparator();
    private final FieldComparator code = new EditDistanceComparator();
    private final FieldComparator email = new EmailComparator();
    private final FieldComparator phone = new PhoneComparator();

    public PairScorer(MatchWeights weights, IdentityRules rules, NameGroups nicknames, NameGroups romanisations) {
        this.weights = weights;
        this.rules = rules;
        this.givenName = NameComparators.givenName(nicknames, romanisations);
        this.familyName = NameComparators.familyName(romanisations);
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
        double dob = add(evidence, BIRTH_DATE, a.attribute(BIRTH_DATE), b.attribute(BIRTH_DATE), dobLevel);
        String nationalIdLevel = level(code, a.attribute(NATIONAL_ID), b.attribute(NATIONAL_ID));
        double nationalId = add(evidence, NATIONAL_ID, a.attribute(NATIONAL_ID), b.attribute(NATIONAL_ID),
            nationalIdLevel);
        double mail = identifierField(evidence, EMAIL, email, a, b, linkable);
        double phones = identifierField(evidence, PHONE, phone, a, b, linkable);
        boolean personal = names.givenWeight > 0 || dob > 0 || nationalId > 0 || mail > 0 || phones > 0;
        total += dob + nationalId + mail + phones;
        total += attribute(evidence, GENDER, exact, a, b);
        total += attribute(evidence, COUNTRY, exact, a, b);
        total += address(evidence, a, b);
        List<String> strong = new ArrayList<>(1);
        List<String> weak = new ArrayList<>(1);
        shared(a, b, linkable, strong, weak);
        for (String key : weak) {
            total += weights.weakShared();
            if (evidence != null) {
                evidence.add(new FieldScore(key.substring(0, key.indexOf(':')), key, key, "shared", weights.weakShared()));
            }
        }
        return new PairScore(total, names.givenLevel, dobLevel, nationalIdLevel, names.swapped, personal, strong, weak,
            evidence);
    }

    /**
     * Whether merge protection keeps the two records apart (birth dates or given names clearly differ, no agreeing
     * national id): {@link PairScore#birthDatesConflict()} or {@link PairScore#givenNamesConflict()} of the full
     * score, computed from those fields alone, for checks across whole clusters.
     */
    public boolean conflict(RecordView a, RecordView b) {
        String dobLevel = level(birthDate, a.attribute(BIRTH_DATE), b.attribute(BIRTH_DATE));
        String nationalIdLevel = level(code, a.attribute(NATIONAL_ID), b.attribute(NATIONAL_ID));
        NameReading names = names(a, b);
        PairScore protection = new PairScore(names.weight, names.givenLevel, dobLevel, nationalIdLevel, names.swapped,
            false, List.of(), List.of(), null);
        return protection.birthDatesConflict() || protection.givenNamesConflict();
    }

    private NameReading names(RecordView a, RecordView b) {
        NameReading direct = reading(a, b, false);
        NameReading swapped = reading(a, b, true);
        return swapped.weight > direct.weight ? swapped : direct;
    }

    /** With {@code swapped}, record a's given name is read from its family-name field and the other way round. */
    private NameReading reading(RecordView a, RecordView b, boolean swapped) {
        String givenOfA = swapped ? LAST_NAME : FIRST_NAME;
        String familyOfA = swapped ? FIRST_NAME : LAST_NAME;
        String givenLevel = keyLevel(givenName, a.nameKey(givenOfA), b.nameKey(FIRST_NAME));
        String familyLevel = keyLevel(familyName, a.nameKey(familyOfA), b.nameKey(LAST_NAME));
        double givenWeight = givenLevel == null ? 0 : weights.weight(FIRST_NAME, givenLevel);
        double weight = givenWeight + (familyLevel == null ? 0 : weights.weight(LAST_NAME, familyLevel))
            - (swapped ? weights.swapPenalty() : 0);
        return new NameReading(a, b, swapped, givenLevel, familyLevel, givenWeight, weight);
    }

    private final class NameReading {
        final RecordView a;
        final RecordView b;
        final boolean swapped;
        final String givenLevel;
        final String familyLevel;
        final double givenWeight;
        final double weight;

        NameReading(RecordView a, RecordView b, boolean swapped, String givenLevel, String familyLevel,
                    double givenWeight, double weight) {
            this.a = a;
            this.b = b;
            this.swapped = swapped;
            this.givenLevel = givenLevel;
            this.familyLevel = familyLevel;
            this.givenWeight = givenWeight;
            this.weight = weight;
        }

        void addTo(List<FieldScore> evidence) {
            String suffix = swapped ? "-swapped" : "";
            if (givenLevel != null) {
                evidence.add(new FieldScore(FIRST_NAME, a.attribute(swapped ? LAST_NAME : FIRST_NAME),
                    b.attribute(FIRST_NAME), givenLevel + suffix, weights.weight(FIRST_NAME, givenLevel)));
            }
            if (familyLevel != null) {
                evidence.add(new FieldScore(LAST_NAME, a.attribute(swapped ? FIRST_NAME : LAST_NAME),
                    b.attribute(LAST_NAME), familyLevel + suffix,
                    weights.weight(LAST_NAME, familyLevel) - (swapped ? weights.swapPenalty() : 0)));
            }
        }
    }

    /**
     * Street, postcode and city describe one place, and the weights of their levels were set each on its own: when
     * the street agrees, an agreeing postcode or city is the same evidence again, and when the postcode agrees, so
     * is the city. Counting them three times would let an address, which a whole household shares, outweigh the
     * names. So an implied agreement adds only a share of its weight ({@code c360.identity.fs.address.implied});
     * a disagreement counts in full.
     */
    private double address(List<FieldScore> evidence, RecordView a, RecordView b) {
        String streetLevel = level(street, a.attribute(STREET), b.attribute(STREET));
        String postcodeLevel = level(code, a.attribute(POSTCODE), b.attribute(POSTCODE));
        String cityLevel = level(place, a.attribute(CITY), b.attribute(CITY));
        boolean streetAgrees = streetLevel != null && !FieldComparator.DIFFERENT.equals(streetLevel);
        boolean postcodeAgrees = FieldComparator.EXACT.equals(postcodeLevel);
        return add(evidence, STREET, a.attribute(STREET), b.attribute(STREET), streetLevel)
            + implied(evidence, POSTCODE, a, b, postcodeLevel, streetAgrees)
            + implied(evidence, CITY, a, b, cityLevel, streetAgrees || postcodeAgrees);
    }

    private double implied(List<FieldScore> evidence, String field, RecordView a, RecordView b, String level,
                           boolean impliedByAnother) {
        if (level == null) {
            return 0;
        }
        double weight = weights.weight(field, level);
        double counted = impliedByAnother && weight > 0 ? weight * weights.impliedAddressShare() : weight;
        if (evidence != null) {
            evidence.add(new FieldScore(field, a.attribute(field), b.attribute(field), level, counted));
        }
        return counted;
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

    /** The level of two name keys; an empty key (a name of no letters) is no name. */
    private static String keyLevel(FieldComparator comparator, String left, String right) {
        return left == null || right == null || left.isEmpty() || right.isEmpty() ? null
            : comparator.compare(left, right);
    }

    private static String level(FieldComparator comparator, String left, String right) {
        return left == null || right == null ? null : comparator.compare(left, right);
    }
}
