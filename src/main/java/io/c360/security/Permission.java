package io.c360.security;

import java.util.Arrays;
import java.util.Locale;

import io.c360.config.ConfigException;

/** What a role may do. Routes name the permission they need; roles list theirs in config/auth.properties. */
public enum Permission {
    PROFILE_READ,
    PROFILE_SEARCH,
    PROFILE_LIVE,
    TIMELINE_READ,
    IDENTITY_READ,
    IDENTITY_SPLIT,
    REVIEW_READ,
    RELATIONS_READ,
    CUSTOMER_EXPORT,
    CUSTOMER_ERASE,
    AUDIT_READ;

    /** The spelling in config: {@code profile.read} for PROFILE_READ. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public static Permission parse(String name) {
        return Arrays.stream(values()).filter(p -> p.configName().equals(name.trim())).findFirst()
            .orElseThrow(() -> new ConfigException("unknown permission '" + name.trim() + "'; known: "
                + Arrays.stream(values()).map(Permission::configName).toList()));
    }
}
