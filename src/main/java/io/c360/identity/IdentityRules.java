package io.c360.identity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.c360.avro.Identifiers;
import io.c360.config.AppConfig;
import io.c360.config.ConfigException;

/**
 * Which identifiers link records, how strongly, and which values never do: per identifier type its strength,
 * whether a household shares it, how many records may carry one value before it stops linking, and how many
 * values one customer may hold; junk values and patterns for all types.
 */
public final class IdentityRules {
    /** How an identifier links: on its own, or only as evidence that needs corroboration. */
    public enum Strength { STRONG, WEAK }

    /** Per-type settings: strength, household-shared, records per value before it stops linking, values per customer. */
    public record TypeRule(Strength strength, boolean household, int maxRecords, int maxValues) {
    }

    private final Set<IdentifierType> linkTypes;
    private final Set<String> junkValues;
    private final Pattern junkPattern;
    private final Map<IdentifierType, TypeRule> typeRules;

    public IdentityRules(Set<IdentifierType> linkTypes, Set<String> junkValues, Pattern junkPattern,
                         Map<IdentifierType, TypeRule> typeRules) {
        this.linkTypes = linkTypes.isEmpty() ? EnumSet.noneOf(IdentifierType.class) : EnumSet.copyOf(linkTypes);
        this.junkValues = junkValues.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.junkPattern = junkPattern;
        this.typeRules = new EnumMap<>(typeRules);
        for (IdentifierType type : IdentifierType.values()) {
            if (!this.typeRules.containsKey(type)) {
                throw new IllegalArgumentException("no identity rule for identifier type " + type.fieldName());
            }
        }
    }

    /** Rules with every type strong except device and cookie ids, e-mail and phone household-shared: for tests. */
    public static IdentityRules defaults(Set<IdentifierType> linkTypes, Set<String> junkValues, Pattern junkPattern) {
        Map<IdentifierType, TypeRule> rules = new EnumMap<>(IdentifierType.class);
        for (IdentifierType type : IdentifierType.values()) {
            boolean weak = type == IdentifierType.DEVICE_ID || type == IdentifierType.COOKIE_ID;
            boolean household = type == IdentifierType.EMAIL || type == IdentifierType.PHONE;
            rules.put(type, new TypeRule(weak ? Strength.WEAK : Strength.STRONG, household, 25, weak ? 100 : 10));
        }
        return new IdentityRules(linkTypes, junkValues, junkPattern, rules);
    }

    public static IdentityRules from(AppConfig config) {
        Set<IdentifierType> types = EnumSet.noneOf(IdentifierType.class);
        for (String name : config.getList("c360.identity.link.types")) {
            types.add(type(name, "c360.identity.link.types"));
        }
        Set<IdentifierType> household = EnumSet.noneOf(IdentifierType.class);
        for (String name : config.getList("c360.identity.household.types")) {
            household.add(type(name, "c360.identity.household.types"));
        }
        Map<IdentifierType, TypeRule> rules = new EnumMap<>(IdentifierType.class);
        for (IdentifierType type : IdentifierType.values()) {
            rules.put(type, new TypeRule(strength(config, type), household.contains(type),
                perType(config, "c360.identity.max.records.", type), perType(config, "c360.identity.max.values.", type)));
        }
        return new IdentityRules(types, Set.copyOf(config.getList("c360.identity.junk.values")),
            config.getPattern("c360.identity.junk.pattern"), rules);
    }

    private static IdentifierType type(String name, String key) {
        return IdentifierType.byFieldName(name).orElseThrow(() -> new ConfigException(
            key + ": unknown identifier type '" + name + "'"));
    }

    private static Strength strength(AppConfig config, IdentifierType type) {
        String key = "c360.identity.strength." + type.fieldName();
        String value = config.get(key, "strong");
        try {
            return Strength.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + " must be strong or weak, not '" + value + "'");
        }
    }

    private static int perType(AppConfig config, String prefix, IdentifierType type) {
        String key = prefix + type.fieldName();
        return config.asMap().containsKey(key) ? config.getInt(key) : config.getInt(prefix + "default");
    }

    /** The identifiers of a (standardized) event that link, in a stable order, junk removed. */
    public List<IdentifierKey> linkingKeys(Identifiers identifiers) {
        List<IdentifierKey> keys = new ArrayList<>();
        for (IdentifierType type : IdentifierType.values()) {
            String value = type.valueIn(identifiers);
            if (linkTypes.contains(type) && value != null && !value.isBlank() && !isJunk(value)) {
                keys.add(new IdentifierKey(type.fieldName(), value.trim()));
            }
        }
        return keys;
    }

    public boolean isJunk(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.isEmpty() || junkValues.contains(v) || junkPattern.matcher(v).find();
    }

    public TypeRule rule(IdentifierType type) {
        return typeRules.get(type);
    }

    public TypeRule rule(String typeName) {
        return typeRules.get(IdentifierType.byFieldName(typeName).orElseThrow(
            () -> new IllegalArgumentException("unknown identifier type '" + typeName + "'")));
    }
}
