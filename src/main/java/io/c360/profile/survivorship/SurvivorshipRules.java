package io.c360.profile.survivorship;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.c360.avro.SourceSystem;
import io.c360.config.ConfigException;

/**
 * The survivorship strategy of each golden attribute, from config/survivorship.properties:
 * {@code attribute=most-recent | most-frequent | most-complete | source-priority:CRM,ECOMMERCE,...};
 * {@code default=...} covers attributes not listed.
 */
public final class SurvivorshipRules {
    public static final String DEFAULT_KEY = "default";

    private final SurvivorshipStrategy fallback;
    private final Map<String, SurvivorshipStrategy> byAttribute;

    private SurvivorshipRules(SurvivorshipStrategy fallback, Map<String, SurvivorshipStrategy> byAttribute) {
        this.fallback = fallback;
        this.byAttribute = byAttribute;
    }

    public static SurvivorshipRules mostRecentEverywhere() {
        return new SurvivorshipRules(new MostRecent(), Map.of());
    }

    public static SurvivorshipRules parse(Map<String, String> settings) {
        Map<String, SurvivorshipStrategy> byAttribute = new TreeMap<>();
        settings.forEach((attribute, spec) -> byAttribute.put(attribute, strategy(attribute, spec)));
        SurvivorshipStrategy fallback = byAttribute.containsKey(DEFAULT_KEY) ? byAttribute.remove(DEFAULT_KEY)
            : new MostRecent();
        return new SurvivorshipRules(fallback, Map.copyOf(byAttribute));
    }

    public SurvivorshipStrategy forAttribute(String attribute) {
        return byAttribute.getOrDefault(attribute, fallback);
    }

    static SurvivorshipStrategy strategy(String attribute, String spec) {
        String s = spec.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("most-recent")) {
            return new MostRecent();
        } else if (lower.equals("most-frequent")) {
            return new MostFrequent();
        } else if (lower.equals("most-complete")) {
            return new MostComplete();
        } else if (lower.startsWith("source-priority:")) {
            return new SourcePriority(sources(attribute, s.substring("source-priority:".length())));
        }
        throw new ConfigException("survivorship of '" + attribute + "': unknown strategy '" + spec
            + "' (use most-recent, most-frequent, most-complete or source-priority:SOURCE,SOURCE,...)");
    }

    private static List<SourceSystem> sources(String attribute, String list) {
        List<SourceSystem> sources = new ArrayList<>();
        for (String name : list.split(",")) {
            String n = name.trim().toUpperCase(Locale.ROOT);
            try {
                sources.add(SourceSystem.valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("survivorship of '" + attribute + "': unknown source '" + name.trim()
                    + "' (known: " + Arrays.toString(SourceSystem.values()) + ")");
            }
        }
        return sources;
    }
}
