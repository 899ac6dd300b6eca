package io.c360.identity.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.c360.standardize.NameStandardizer;

/** Given names that are one name: Bob and Robert, Hans and Johannes. Read from {@code identity/nicknames.txt}. */
public final class Nicknames {
    private static final String RESOURCE = "/identity/nicknames.txt";

    private final Map<String, Set<Integer>> groupsByName;

    Nicknames(Map<String, Set<Integer>> groupsByName) {
        this.groupsByName = groupsByName;
    }

    public static Nicknames standard() {
        try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Set<Integer>> groups = new HashMap<>();
            int group = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                for (String name : content.split("\\s+")) {
                    groups.computeIfAbsent(NameStandardizer.matchKey(name), k -> new HashSet<>()).add(group);
                }
                group++;
            }
            return new Nicknames(groups);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** True when the two name keys (see {@link NameStandardizer#matchKey}) share a group. */
    public boolean equivalent(String keyA, String keyB) {
        Set<Integer> a = groupsByName.get(keyA);
        Set<Integer> b = groupsByName.get(keyB);
        if (a == null || b == null) {
            return false;
        }
        for (Integer group : a) {
            if (b.contains(group)) {
                return true;
            }
        }
        return false;
    }
}
