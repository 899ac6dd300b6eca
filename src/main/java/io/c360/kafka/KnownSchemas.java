package io.c360.kafka;

import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerMerged;
import io.c360.avro.CustomerProfile;
import io.c360.avro.DeadLetter;
import io.c360.avro.ErasureReceipt;
import io.c360.avro.ProfileChanged;
import io.c360.avro.RelationCommand;
import io.c360.avro.Household;
import io.c360.avro.Account;
import io.c360.avro.TouchpointEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Every writer schema a c360 decoder accepts, by Avro fingerprint: the current schema of each record
 * type we put on the wire, plus older versions kept on the classpath so that events written before a
 * schema change still decode (Avro resolves them to the current class).
 *
 * <h2>Schema history on the classpath</h2>
 * Older versions live under the classpath folder {@value #HISTORY_FOLDER}, listed by the index file
 * {@value #HISTORY_INDEX}: one file name per line, relative to that folder; blank lines and lines
 * starting with {@code #} are ignored. An index is needed because a class loader cannot list a folder
 * inside a (shaded) jar; reading named resources works the same from {@code target/classes} and from
 * a jar. No index means no history. A listed file that is missing or does not parse fails the
 * loading, since a silently dropped old schema would only show up later as dead letters.
 *
 * <p>Each history file holds one complete, self-contained schema (named types inlined, no references
 * to other files), because each is parsed on its own: two versions of one record would clash in a
 * shared parser. The simplest way to get one before changing a schema is to save
 * {@code TouchpointEvent.getClassSchema().toString(true)} of the release still in production. Keep
 * them in {@code src/main/resources/schemas/history/}: under the project's {@code schemas/} folder
 * the avro-maven-plugin would try to generate classes from them too.
 */
public final class KnownSchemas {

    public static final String HISTORY_FOLDER = "schemas/history/";
    public static final String HISTORY_INDEX = HISTORY_FOLDER + "INDEX";

    /** The record types c360 writes to and reads from topics. */
    public static final List<Class<? extends SpecificRecord>> WIRE_TYPES = List.of(
            TouchpointEvent.class, CustomerProfile.class, ProfileChanged.class,
            DeadLetter.class, CustomerMerged.class, CustomerCommand.class, RelationCommand.class,
            Household.class, Account.class, ErasureReceipt.class);

    private final List<Schema> schemas;
    private final SchemaStore.Cache store = new SchemaStore.Cache();

    private KnownSchemas(List<Schema> schemas) {
        this.schemas = List.copyOf(schemas);
        this.schemas.forEach(store::addSchema);
    }

    /** The current schemas plus the history found through this class's class loader. */
    public static KnownSchemas load() {
        return load(KnownSchemas.class.getClassLoader());
    }

    /** The current schemas plus the history found through {@code loader}. */
    public static KnownSchemas load(ClassLoader loader) {
        List<Schema> all = new ArrayList<>(currentSchemas());
        all.addAll(readHistory(loader));
        return new KnownSchemas(all);
    }

    /** The current schemas plus {@code extra}, without looking at the classpath (tests, tools). */
    public static KnownSchemas withExtra(Collection<Schema> extra) {
        List<Schema> all = new ArrayList<>(currentSchemas());
        all.addAll(extra);
        return new KnownSchemas(all);
    }

    /** Read-only view for decoders: the writer schema for a fingerprint, or null. */
    public SchemaStore store() {
        return store::findByFingerprint;
    }

    public Schema findByFingerprint(long fingerprint) {
        return store.findByFingerprint(fingerprint);
    }

    public boolean contains(Schema schema) {
        return findByFingerprint(SchemaNormalization.parsingFingerprint64(schema)) != null;
    }

    /** All known schemas: current ones first, then history in index order. */
    public List<Schema> schemas() {
        return schemas;
    }

    private static List<Schema> currentSchemas() {
        return WIRE_TYPES.stream().map(type -> SpecificData.getForClass(type).getSchema(type)).toList();
    }

    private static List<Schema> readHistory(ClassLoader loader) {
        URL index = loader.getResource(HISTORY_INDEX);
        if (index == null) {
            return List.of();
        }
        List<Schema> history = new ArrayList<>();
        for (String name : readIndex(index)) {
            history.add(parseHistoryFile(loader, name));
        }
        return history;
    }

    private static List<String> readIndex(URL index) {
        try (InputStream in = index.openStream();
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + HISTORY_INDEX + " at " + index, e);
        }
    }

    private static Schema parseHistoryFile(ClassLoader loader, String name) {
        String resource = HISTORY_FOLDER + name;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(HISTORY_INDEX + " lists '" + name + "' but " + resource
                        + " is not on the classpath");
            }
            return new Schema.Parser().parse(in);
        } catch (AvroRuntimeException e) {
            throw new IllegalStateException("history schema " + resource
                    + " does not parse (it must be one self-contained schema): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read history schema " + resource, e);
        }
    }

    @Override
    public String toString() {
        return "KnownSchemas" + schemas.stream().map(s -> s.getName() + "@" + Long.toHexString(
                SchemaNormalization.parsingFingerprint64(s))).toList();
    }
}
