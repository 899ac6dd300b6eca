package io.c360.security;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.c360.config.AppConfig;
import io.c360.config.ConfigException;
import io.c360.config.RuleFiles;

/**
 * The roles of config/auth.properties (or the file {@code c360.auth.rules.file} names):
 * {@code role.NAME.permissions}, {@code role.NAME.hide}, {@code role.NAME.pseudonymize}.
 */
public final class Roles {
    private static final String PREFIX = "role.";

    private final Map<String, Role> byName;

    private Roles(Map<String, Role> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static Roles load(AppConfig config) {
        return parse(RuleFiles.load(config, "c360.auth.rules.file", "auth.properties"));
    }

    static Roles parse(Map<String, String> rules) {
        Set<String> names = new LinkedHashSet<>();
        rules.keySet().stream().filter(k -> k.startsWith(PREFIX)).forEach(k -> {
            String rest = k.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot <= 0) {
                throw new ConfigException("auth rule '" + k + "' must look like role.NAME.permissions");
            }
            String setting = rest.substring(dot + 1);
            if (!Set.of("permissions", "hide", "pseudonymize").contains(setting)) {
                throw new ConfigException("unknown auth rule '" + k + "': use permissions, hide or pseudonymize");
            }
            names.add(rest.substring(0, dot));
        });
        Map<String, Role> roles = new TreeMap<>();
        for (String name : names) {
            Set<Permission> permissions = new LinkedHashSet<>();
            list(rules, name, "permissions").forEach(p -> permissions.add(Permission.parse(p)));
            roles.put(name, new Role(name, permissions, list(rules, name, "hide"), list(rules, name, "pseudonymize")));
        }
        return new Roles(roles);
    }

    public Optional<Role> role(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Role require(String name) {
        return role(name).orElseThrow(() -> new ConfigException("unknown role '" + name + "'; known: "
            + byName.keySet()));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    private static Set<String> list(Map<String, String> rules, String role, String setting) {
        Set<String> values = new LinkedHashSet<>();
        for (String v : rules.getOrDefault(PREFIX + role + "." + setting, "").split(",")) {
            if (!v.isBlank()) {
                values.add(v.trim());
            }
        }
        return values;
    }
}
