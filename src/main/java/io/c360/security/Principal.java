package io.c360.security;

/** Who made a request: a key's or token subject's name, and the role it acts in. */
public record Principal(String name, Role role) {
    public boolean may(Permission permission) {
        return role.may(permission);
    }
}
