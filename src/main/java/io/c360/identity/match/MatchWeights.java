package io.c360.identity.match;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.c360.config.AppConfig;
import io.c360.config.ConfigException;

/**
 * Fellegi-Sunter weights: per field and comparison level, log2(m/u), read from
 * {@code c360.identity.fs.<field>=level:m/u, ...}; and the two decision thresholds.
 */
public final class MatchWeights {
    public static final List<String> FIELDS = List.of("firstName", "lastName", "birthDate", "gender", "street",
        "city", "postcode", "nationalId", "email", "phone");

    private final Map<String, Map<String, Double>> weights;
    private final double weakShared;
    private final double swapPenalty;
    private final double matchThreshold;
    private final double reviewThreshold;

    public MatchWeights(Map<String, Map<String, Double>> weights, double weakShared, double swapPenalty,
                        double matchThreshold, double reviewThreshold) {
        this.weights = Map.copyOf(weights);
        this.weakShared = weakShared;
        this.swapPenalty = swapPenalty;
        this.matchThreshold = matchThreshold;
        this.reviewThreshold = reviewThreshold;
        if (reviewThreshold > matchThreshold) {
            throw new ConfigException("c360.identity.threshold.review must not exceed c360.identity.threshold.match");
        }
    }

    public static MatchWeights from(AppConfig config) {
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (String field : FIELDS) {
            String key = "c360.identity.fs." + field;
            weights.put(field, levels(key, config.get(key)));
        }
        return new MatchWeights(weights, mu("c360.identity.fs.weak.shared", config.get("c360.identity.fs.weak.shared")),
            number(config, "c360.identity.fs.swap.penalty"), number(config, "c360.identity.threshold.match"),
            number(config, "c360.identity.threshold.review"));
    }

    /** The weight of a comparison level; a level the configuration does not name is a programming error. */
    public double weight(String field, String level) {
        Double weight = weights.getOrDefault(field, Map.of()).get(level);
        if (weight == null) {
            throw new IllegalStateException("no Fellegi-Sunter weight for " + field + " level '" + level + "'");
        }
        return weight;
    }

    public double weakShared() {
        return weakShared;
    }

    public double swapPenalty() {
        return swapPenalty;
    }

    public double matchThreshold() {
        return matchThreshold;
    }

    public double reviewThreshold() {
        return reviewThreshold;
    }

    private static Map<String, Double> levels(String key, String spec) {
        Map<String, Double> levels = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] levelAndMu = part.strip().split(":");
            if (levelAndMu.length != 2) {
                throw new ConfigException(key + ": '" + part.strip() + "' is not level:m/u");
            }
            levels.put(levelAndMu[0].strip(), mu(key, levelAndMu[1]));
        }
        return levels;
    }

    private static double mu(String key, String spec) {
        String[] parts = spec.strip().split("/");
        try {
            double m = Double.parseDouble(parts[0]);
            double u = Double.parseDouble(parts[1]);
            if (parts.length != 2 || m <= 0 || u <= 0 || m > 1 || u > 1) {
                throw new ConfigException(key + ": m and u must be probabilities above 0, not '" + spec.strip() + "'");
            }
            return Math.log(m / u) / Math.log(2);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new ConfigException(key + ": '" + spec.strip() + "' is not m/u, e.g. 0.9/0.01");
        }
    }

    private static double number(AppConfig config, String key) {
        String value = config.get(key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a number, not '" + value + "'");
        }
    }
}
