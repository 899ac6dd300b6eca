package io.c360.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what the stages have consumed and committed from the internal topics between them, as Kafka Streams
 * does for its own repartition topics: those records carry personal data in clear and nobody reads them again,
 * so they should not wait for the topics' retention. Every instance may run it; deleting up to a committed
 * offset twice is harmless.
 */
public final class InternalTopicPurger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InternalTopicPurger.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final Admin admin;
    private final String groupId;
    private final Set<String> topics;
    private final Map<TopicPartition, Long> purgedTo = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "c360-internal-topic-purger");
        thread.setDaemon(true);
        return thread;
    });

    private InternalTopicPurger(Properties adminProperties, String groupId, Collection<String> topics) {
        this.admin = Admin.create(adminProperties);
        this.groupId = groupId;
        this.topics = Set.copyOf(topics);
    }

    public static InternalTopicPurger start(Properties adminProperties, String groupId, Collection<String> topics,
                                            Duration interval) {
        InternalTopicPurger purger = new InternalTopicPurger(adminProperties, groupId, topics);
        purger.timer.scheduleWithFixedDelay(purger::purgeQuietly, interval.toMillis(), interval.toMillis(),
            TimeUnit.MILLISECONDS);
        return purger;
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Purging consumed records from the internal topics failed; trying again later: {}", e.toString());
        }
    }

    void purge() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
            .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, RecordsToDelete> deletions = new HashMap<>();
        committed.forEach((partition, offset) -> {
            if (offset != null && topics.contains(partition.topic())
                && offset.offset() > purgedTo.getOrDefault(partition, 0L)) {
                deletions.put(partition, RecordsToDelete.beforeOffset(offset.offset()));
            }
        });
        if (!deletions.isEmpty()) {
            admin.deleteRecords(deletions).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            deletions.forEach((partition, deletion) -> purgedTo.put(partition, deletion.beforeOffset()));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
