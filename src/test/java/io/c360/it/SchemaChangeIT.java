package io.c360.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutionException;

import io.c360.avro.TouchpointEvent;
import io.c360.bench.BenchEvents;
import io.c360.kafka.EmbeddedKafkaBroker;
import io.c360.kafka.KnownSchemas;
import io.c360.kafka.OldSchemas;
import io.c360.testing.ChildC360;
import io.c360.testing.GroundTruth;
import io.c360.testing.LoadPublisher;
import io.c360.testing.Records;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema change in production: TouchpointEvent gained optional fields (v1 had no {@code sourceRecordId}
 * and {@code channel}), the input topics still hold events the old producers wrote, and new producers already
 * write the new schema. The new release, shipping v1 in its schema history, processes both, and nothing
 * goes to the dead-letter topic.
 */
class SchemaChangeIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final int CUSTOMERS = 40;

    @TempDir
    Path dir;

    @Test
    void oldSchemaEventsStillInTheTopicAreReadNextToNewOnes() throws Exception {
        Path history = schemaHistory(OldSchemas.touchpointEventV1());
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
             LoadPublisher load = new LoadPublisher(broker.bootstrapServers());
             ChildC360 app = ChildC360.create(broker.bootstrapServers(), dir, List.of(history))) {
            app.start(TIMEOUT);
            GroundTruth truth = new GroundTruth(11, CUSTOMERS);
            Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            try (KafkaProducer<String, byte[]> oldProducer = Records.producer(broker.bootstrapServers())) {
                for (TouchpointEvent event : concat(truth.signUps(t), truth.activity(200, t.plusSeconds(1)))) {
                    sendAsV1(oldProducer, event);
                }
            }
            load.publish(truth.activity(200, t.plusSeconds(2)));

            truth.awaitExact(app.baseUrl(), TIMEOUT);
            try (KafkaConsumer<String, byte[]> deadLetters = Records.reader(broker.bootstrapServers(),
                    "c360.dead-letter")) {
                var letters = deadLetters.poll(Duration.ofSeconds(3));
                assertEquals(0, letters.count(), "no dead letters");
            }
            assertNull(GroundTruth.profile(app.baseUrl(), BenchEvents.email(0)).get("error"));
        }
    }

    /** A classpath folder holding {@code v1} as c360's schema history, as a release would ship it. */
    private Path schemaHistory(Schema v1) throws IOException {
        Path root = dir.resolve("history");
        Path folder = Files.createDirectories(root.resolve(KnownSchemas.HISTORY_FOLDER));
        Files.writeString(folder.resolve("TouchpointEvent-v1.avsc"), v1.toString(true));
        Files.writeString(root.resolve(KnownSchemas.HISTORY_INDEX), "# older TouchpointEvent\nTouchpointEvent-v1.avsc\n");
        return root;
    }

    /** The event as a producer still on v1 writes it: the fields v1 lacks are simply not there. */
    private static void sendAsV1(KafkaProducer<String, byte[]> producer, TouchpointEvent event)
        throws InterruptedException, ExecutionException {
        Schema v1 = OldSchemas.touchpointEventV1();
        GenericRecord old = new GenericData.Record(v1);
        v1.getFields().forEach(f -> old.put(f.name(), event.get(f.name())));
        ByteBuffer encoded;
        try {
            encoded = new BinaryMessageEncoder<GenericRecord>(SpecificData.getForClass(TouchpointEvent.class), v1)
                .encode(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        String topic = "c360.touchpoints." + BenchEvents.source(event);
        producer.send(new ProducerRecord<>(topic, event.getEventId(), bytes)).get();
    }

    private static List<TouchpointEvent> concat(List<TouchpointEvent> a, List<TouchpointEvent> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
