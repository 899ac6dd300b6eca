package io.c360.identity.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The generator's table files: one entry per line, words separated by spaces, an underscore a space inside a word. */
final class ResourceLines {
    private ResourceLines() {
    }

    /** The non-empty, non-comment lines of a class-path resource, each as its words. */
    static List<List<String>> read(String resource) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    List<String> words = new ArrayList<>();
                    for (String word : content.split("\\s+")) {
                        words.add(word.replace('_', ' '));
                    }
                    lines.add(words);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static IllegalStateException malformed(String resource, List<String> line, String why) {
        return new IllegalStateException(resource + ": " + why + " in line '" + String.join(" ", line) + "'");
    }
}
