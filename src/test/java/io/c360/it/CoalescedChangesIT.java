package io.c360.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import io.c360.avro.FieldChange;
import io.c360.avro.ProfileChanged;
import io.c360.kafka.SerdeFactory;
import io.c360.testing.Await;
import io.c360.testing.EmbeddedC360;
import io.c360.testing.GroundTruth;
import io.c360.testing.LoadPublisher;
import io.c360.testing.Records;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coalesced profile-changed on the real broker, with a commit interval long enough for bursts: a consumer that
 * follows each customer's records misses no change. Every event is named by a record (an event that also moves
 * records between customers by the records of each customer it changed), each changed field's old value is the
 * value the consumer last saw for it, and the customers end as the ground truth says.
 */
class CoalescedChangesIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int CUSTOMERS = 20;
    private static final SerdeFactory SERDES = new SerdeFactory();

    @TempDir
    Path dir;

    @Test
    void aConsumerFollowingTheCoalescedRecordsMissesNoChange() throws Exception {
        try (EmbeddedC360 c360 = EmbeddedC360.start(dir, Map.of("commit.interval.ms", "1000"));
             LoadPublisher load = new LoadPublisher(c360.broker().bootstrapServers());
             KafkaConsumer<String, byte[]> reader = Records.reader(c360.broker().bootstrapServers(),
                 "c360.profile-changed")) {
            GroundTruth truth = new GroundTruth(11, CUSTOMERS);
            Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            load.publish(truth.signUps(t));
            load.publish(truth.activity(30 * CUSTOMERS, t.plusSeconds(1)));

            List<ProfileChanged> changes = new ArrayList<>();
            Map<String, Integer> named = Await.until(TIMEOUT, "every event named by a change", () -> {
                for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(200))) {
                    if (r.value() != null) {
                        changes.add(SERDES.profileChanged().deserializer().deserialize(r.topic(), r.value()));
                    }
                }
                Map<String, Integer> perEvent = timesNamed(changes);
                return perEvent.size() >= truth.totalEvents() ? Optional.of(perEvent) : Optional.empty();
            });

            assertEquals(new TreeSet<>(truth.eventIds()), named.keySet(), "every event named");
            changes.forEach(c -> assertEquals(new HashSet<>(c.getCauseEventIds()).size(), c.getCauseEventIds().size(),
                "a record names each event once: " + c.getCauseEventIds()));
            assertTrue(changes.size() < truth.totalEvents(), changes.size() + " records for " + truth.totalEvents()
                + " events: a customer's events within a commit share one");
            assertEachOldValueIsTheLastSeen(changes);
            truth.awaitExact(c360.app().baseUrl(), TIMEOUT);
        }
    }

    private static Map<String, Integer> timesNamed(List<ProfileChanged> changes) {
        Map<String, Integer> times = new TreeMap<>();
        changes.forEach(c -> c.getCauseEventIds().forEach(id -> times.merge(id, 1, Integer::sum)));
        return times;
    }

    /** Per customer, in the order published: a field's old value is its new value in the customer's last record. */
    private static void assertEachOldValueIsTheLastSeen(List<ProfileChanged> changes) {
        Map<String, Map<String, String>> seen = new HashMap<>();
        for (ProfileChanged change : changes) {
            Map<String, String> fields = seen.computeIfAbsent(change.getCustomerId(), id -> new HashMap<>());
            for (FieldChange field : change.getChangedFields()) {
                String expected = fields.get(field.getField());
                assertTrue(Objects.equals(expected, field.getOldValue()), change.getCustomerId() + " "
                    + field.getField() + ": old value " + field.getOldValue() + ", last seen " + expected);
                fields.put(field.getField(), field.getNewValue());
            }
        }
    }
}
