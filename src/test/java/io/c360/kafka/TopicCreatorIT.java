package io.c360.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topics c360 creates are ready for producers the moment creation returns. */
class TopicCreatorIT {
    @TempDir
    Path dir;

    @Test
    void everyPartitionHasALeaderWhenCreationReturnsSoTheFirstIdempotentSendSucceeds() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir)) {
            Properties admin = new Properties();
            admin.put("bootstrap.servers", broker.bootstrapServers());
            List<String> names = List.of("t-a", "t-b", "t-c");
            TopicCreator.createMissing(admin, names.stream().map(n -> TopicSpec.plain(n, 4)).toList(), (short) 1);

            try (Admin client = Admin.create(admin)) {
                Map<String, TopicDescription> described = client.describeTopics(names).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
                assertEquals(12, described.values().stream().mapToInt(d -> d.partitions().size()).sum());
                assertTrue(described.values().stream().flatMap(d -> d.partitions().stream())
                    .allMatch(p -> p.leader() != null && !p.leader().isEmpty()), described.toString());
            }
            Properties producer = new Properties();
            producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
            producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            try (KafkaProducer<String, String> p = new KafkaProducer<>(producer, new StringSerializer(),
                new StringSerializer())) {
                for (String name : names) {
                    for (int partition = 0; partition < 4; partition++) {
                        p.send(new ProducerRecord<>(name, partition, "k", "v")).get(30, TimeUnit.SECONDS);
                    }
                }
            }
        }
    }
}
