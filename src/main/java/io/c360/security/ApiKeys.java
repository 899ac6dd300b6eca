package io.c360.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.c360.config.ConfigException;

/**
 * API keys, configured only as SHA-256 hashes: {@code c360.auth.api.keys=NAME:ROLE:SHA256HEX,...}. A presented
 * key is hashed and compared with every entry in constant time, so neither the config nor timing gives it away.
 */
public final class ApiKeys {
    private record Entry(String name, Role role, byte[] hash) {
    }

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ApiKeys parse(String configured, Roles roles) {
        List<Entry> entries = new ArrayList<>();
        for (String item : configured.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.trim().split(":");
            if (parts.length != 3 || parts[0].isBlank() || !parts[2].matches("[0-9a-fA-F]{64}")) {
                // never echo the entry: it may be a key pasted where its hash belongs
                throw new ConfigException("c360.auth.api.keys entry " + (entries.size() + 1)
                    + " must be NAME:ROLE:SHA256HEX (the hash of the key, 64 hex digits)");
            }
            entries.add(new Entry(parts[0].trim(), roles.require(parts[1].trim()), HexFormat.of().parseHex(parts[2])));
        }
        return new ApiKeys(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public Optional<Principal> authenticate(String presentedKey) {
        byte[] hash = sha256(presentedKey);
        Entry found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.hash(), hash) && found == null) {
                found = entry;
            }
        }
        return found == null ? Optional.empty() : Optional.of(new Principal(found.name(), found.role()));
    }

    /** The hex SHA-256 of a key: what goes into {@code c360.auth.api.keys}. */
    public static String hash(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
