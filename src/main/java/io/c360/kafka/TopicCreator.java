package io.c360.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics that do not exist yet; existing topics are left as they are. */
public final class TopicCreator {
    private static final Logger LOG = LoggerFactory.getLogger(TopicCreator.class);

    private TopicCreator() {
    }

    public static void createMissing(Properties adminProps, List<TopicSpec> specs, short replicationFactor) {
        try (Admin admin = Admin.create(adminProps)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = specs.stream()
                .filter(spec -> !existing.contains(spec.name()))
                .map(spec -> newTopic(spec, replicationFactor))
                .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                awaitLeaders(admin, missing.stream().map(NewTopic::name).toList(), Duration.ofSeconds(60));
                LOG.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + adminProps.get("bootstrap.servers") + ": "
                + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }

    /**
     * Waits until every partition of the new topics has a leader. A producer that writes to a partition the
     * moment it is created gets NOT_LEADER_OR_FOLLOWER, and an idempotent one can then be stuck on out-of-order
     * sequence errors until its delivery timeout (seen as a two-minute stall of the demo's first publish).
     */
    private static void awaitLeaders(Admin admin, List<String> topics, Duration timeout)
        throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (allLed(admin, topics)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("partitions of " + topics + " still have no leader after " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /** False too while the broker's metadata does not know a new topic yet. */
    private static boolean allLed(Admin admin, List<String> topics)
        throws InterruptedException, ExecutionException, TimeoutException {
        try {
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                .get(60, TimeUnit.SECONDS);
            return described.values().stream().flatMap(d -> d.partitions().stream())
                .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw e;
        }
    }

    private static NewTopic newTopic(TopicSpec spec, short replicationFactor) {
        NewTopic topic = new NewTopic(spec.name(), spec.partitions(), replicationFactor);
        return topic.configs(spec.configs());
    }
}
