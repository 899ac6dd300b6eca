package io.c360.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.avro.TouchpointEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownSchemasTest {

    private static final String INDEX = "# older TouchpointEvent versions\n\nTouchpointEvent-v1.avsc\n";

    @TempDir
    Path tmp;

    @Test
    void holdsTheCurrentSchemaOfEveryWireType() {
        KnownSchemas known = KnownSchemas.load();

        for (Class<?> type : KnownSchemas.WIRE_TYPES) {
            Schema current = SpecificData.get().getSchema(type);
            long fingerprint = SchemaNormalization.parsingFingerprint64(current);
            assertEquals(current, known.findByFingerprint(fingerprint), type.getName());
        }
    }

    @Test
    void noIndexMeansNoHistory() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, null)) {
            assertEquals(KnownSchemas.WIRE_TYPES.size(), KnownSchemas.load(empty).schemas().size());
        }
    }

    @Test
    void readsHistoryFromAFolder() throws IOException {
        Files.createDirectories(tmp.resolve("schemas/history"));
        Files.writeString(tmp.resolve(KnownSchemas.HISTORY_INDEX), INDEX);
        Files.writeString(tmp.resolve("schemas/history/TouchpointEvent-v1.avsc"), OldSchemas.touchpointEventV1Json());

        assertHasV1(loadFrom(tmp.toUri().toURL()));
    }

    @Test
    void readsHistoryFromInsideAJar() throws IOException {
        Path jar = tmp.resolve("app.jar");
        writeJar(jar, Map.of(
                KnownSchemas.HISTORY_INDEX, INDEX,
                "schemas/history/TouchpointEvent-v1.avsc", OldSchemas.touchpointEventV1Json()));

        assertHasV1(loadFrom(jar.toUri().toURL()));
    }

    @Test
    void aListedFileThatIsMissingFailsLoudly() throws IOException {
        Path jar = tmp.resolve("broken.jar");
        writeJar(jar, Map.of(KnownSchemas.HISTORY_INDEX, INDEX));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loadFrom(jar.toUri().toURL()));
        assertTrue(e.getMessage().contains("TouchpointEvent-v1.avsc"), e.getMessage());
    }

    @Test
    void aHistoryFileThatDoesNotParseFailsLoudly() throws IOException {
        Path jar = tmp.resolve("bad.jar");
        writeJar(jar, Map.of(
                KnownSchemas.HISTORY_INDEX, INDEX,
                "schemas/history/TouchpointEvent-v1.avsc",
                "{\"type\":\"record\",\"name\":\"X\",\"fields\":[{\"name\":\"a\",\"type\":\"Nope\"}]}"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loadFrom(jar.toUri().toURL()));
        assertTrue(e.getMessage().contains("self-contained"), e.getMessage());
    }

    @Test
    void extraSchemasAreAddedToTheCurrentOnes() {
        KnownSchemas known = KnownSchemas.withExtra(List.of(OldSchemas.touchpointEventV1()));

        assertHasV1(known);
        assertTrue(known.contains(TouchpointEvent.getClassSchema()));
        assertFalse(KnownSchemas.withExtra(List.of()).contains(OldSchemas.touchpointEventV1()));
    }

    private static void assertHasV1(KnownSchemas known) {
        Schema v1 = OldSchemas.touchpointEventV1();
        Schema found = known.store().findByFingerprint(SchemaNormalization.parsingFingerprint64(v1));
        assertNotNull(found, known.toString());
        assertEquals(KnownSchemas.WIRE_TYPES.size() + 1, known.schemas().size());
    }

    private static KnownSchemas loadFrom(URL root) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, null)) {
            return KnownSchemas.load(loader);
        }
    }

    private static void writeJar(Path jar, Map<String, String> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
