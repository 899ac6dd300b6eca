package io.c360.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.c360.avro.Identifiers;
import io.c360.config.AppConfig;
import io.c360.config.ConfigException;

/** Which identifiers link records into one customer, and which values never do (junk). */
public final class IdentityRules {
    private final Set<IdentifierType> linkTypes;
    private final Set<String> junkValues;
    private final Pattern junkPattern;

    public IdentityRules(Set<IdentifierType> linkTypes, Set<String> junkValues, Pattern junkPattern) {
        this.linkTypes = linkTypes.isEmpty() ? EnumSet.noneOf(IdentifierType.class) : EnumSet.copyOf(linkTypes);
        this.junkValues = junkValues.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.junkPattern = junkPattern;
    }

    public static IdentityRules from(AppConfig config) {
        Set<IdentifierType> types = EnumSet.noneOf(IdentifierType.class);
        for (String name : config.getList("c360.identity.link.types")) {
            types.add(IdentifierType.byFieldName(name).orElseThrow(() -> new ConfigException(
                "c360.identity.link.types: unknown identifier type '" + name + "'")));
        }
        return new IdentityRules(types, Set.copyOf(config.getList("c360.identity.junk.values")),
            config.getPattern("c360.identity.junk.pattern"));
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
}
