package io.c360.security;

import java.util.Set;

/**
 * A role: what it may do and what it may see. {@code hidden} names JSON fields removed from every answer
 * (at any depth, also as the {@code field}/{@code type} of list entries such as changed fields and
 * identifiers); {@code pseudonymized} names fields whose values (or map keys) are replaced by keyed pseudonyms.
 */
public record Role(String name, Set<Permission> permissions, Set<String> hidden, Set<String> pseudonymized) {
    public Role {
        permissions = Set.copyOf(permissions);
        hidden = Set.copyOf(hidden);
        pseudonymized = Set.copyOf(pseudonymized);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** True when answers go out as they are, without a masking pass. */
    public boolean seesEverything() {
        return hidden.isEmpty() && pseudonymized.isEmpty();
    }
}
