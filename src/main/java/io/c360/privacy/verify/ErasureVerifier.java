package io.c360.privacy.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.c360.avro.ErasureReceipt;
import io.c360.config.AppConfig;
import io.c360.kafka.SerdeFactory;
import io.c360.kafka.Topics;
import io.c360.privacy.DataKeyCipher;
import io.c360.privacy.ErasureReceipts;
import io.c360.privacy.PrivacyKeys;
import io.c360.privacy.Pseudonyms;
import io.c360.store.LocalStores;
import io.c360.topology.StoreNames;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;

/**
 * Proves an erasure: finds its receipt, learns which data keys still exist, then reads every topic c360 owns (and
 * the upstream source topics, reported apart) from the earliest offset to the end, and optionally this instance's
 * local stores, classifying every copy of her data it finds.
 */
public final class ErasureVerifier {
    private static final List<String> KEY_STORES = List.of(StoreNames.IDENTITY_KEYS, StoreNames.RECORD_KEYS,
        StoreNames.CUSTOMER_KEYS);
    private static final List<String> COMPACTION_SETTINGS = List.of("cleanup.policy", "delete.retention.ms",
        "segment.ms", "min.cleanable.dirty.ratio", "max.compaction.lag.ms", "retention.ms");

    private final AppConfig config;
    private final Duration timeout;
    private final String applicationId;
    private final Topics topics;
    private final PrivacyKeys privacyKeys;

    public ErasureVerifier(AppConfig config, Duration timeout) {
        this.config = config;
        this.timeout = timeout;
        this.applicationId = config.get("application.id");
        this.topics = new Topics(config);
        this.privacyKeys = PrivacyKeys.from(config);
    }

    /**
     * @param customerId her customer id (or one merged into her), or null to go by {@code erasureId}
     * @param erasureId  the erasure's id, or null to go by {@code customerId}
     * @param stateDir   a state.dir to scan too, or null
     */
    public VerificationReport verify(String customerId, String erasureId, Path stateDir) {
        ErasureReceipts hashes = new ErasureReceipts(new Pseudonyms(privacyKeys));
        try (KafkaLogs logs = new KafkaLogs(config.clientProperties(), timeout)) {
            Set<String> existing = logs.topics();
            ErasureReceipt receipt = new ReceiptFinder(logs, hashes, new SerdeFactory())
                .find(topics.erasureReceipts().name(), existing, customerId, erasureId);
            ErasedPerson person = new ErasedPerson(receipt, hashes);
            DataKeys keys = new DataKeys(new DataKeyCipher(privacyKeys));
            try (KafkaLogs.Follower keyLog = followKeys(logs, existing, keys)) {
                return scan(logs, existing, receipt, person, keys, stateDir);
            }
        }
    }

    private VerificationReport scan(KafkaLogs logs, Set<String> existing, ErasureReceipt receipt, ErasedPerson person,
                                    DataKeys keys, Path stateDir) {
        RecordInspector inspector = new RecordInspector(person, keys,
            new Candidates(config.get("c360.phone.default.region")));
        Set<String> upstream = upstreamTopics();
        Set<String> scanned = new TreeSet<>(existing.stream().filter(t -> owned(t) || upstream.contains(t)).toList());
        Map<String, Config> configs = logs.configs(scanned);
        long erasedAt = receipt.getErasedAt().toEpochMilli();
        // read in the order data flows backwards, so every event behind what is read is in what is read later:
        // the local stores (mirrored in their changelogs), c360's topics, then the source topics
        LocalScan local = stateDir == null ? null : scanLocal(stateDir, inspector);
        List<TopicScan> own = new ArrayList<>();
        for (String topic : scanned.stream().filter(t -> !upstream.contains(t)).toList()) {
            own.add(scanTopic(logs, topic, SourceReport.Kind.C360_TOPIC, configs.get(topic), inspector, erasedAt,
                keyedByCustomer()));
        }
        List<SourceReport> upstreamReports = new ArrayList<>();
        for (String topic : scanned.stream().filter(upstream::contains).toList()) {
            upstreamReports.add(scanTopic(logs, topic, SourceReport.Kind.UPSTREAM_TOPIC, configs.get(topic),
                inspector, erasedAt, Set.of()).finish(true));
        }
        // only events of hers after the erasure can make new data of hers; without one, nothing is excused
        boolean cameBack = upstreamReports.stream().anyMatch(r -> r.count(Exposure.AFTER_ERASURE) > 0);
        List<SourceReport> sources = new ArrayList<>();
        Set<String> writtenAfterErasure = new java.util.HashSet<>();
        for (TopicScan scan : own) {
            sources.add(scan.finish(cameBack));
            scan.collectKeysWrittenAfterErasure(writtenAfterErasure);
        }
        sources.addAll(upstreamReports);
        if (local != null) {
            sources.addAll(local.finish(cameBack ? writtenAfterErasure : Set.of()));
        }
        return new VerificationReport(receipt.getErasureId(), receipt.getErasedAt(), person.counts(), keys.live(),
            sources);
    }

    private boolean owned(String topic) {
        return topics.all().stream().anyMatch(spec -> spec.name().equals(topic))
            || topic.startsWith(applicationId + "-") && (topic.endsWith("-changelog") || topic.endsWith("-repartition"));
    }

    /** Feeds keyed by the customer id their record is about: a record keyed by someone else's id is theirs. */
    private Set<String> keyedByCustomer() {
        return Set.of(topics.profileChanged().name(), topics.customerMerged().name(), topics.audit().name());
    }

    private Set<String> upstreamTopics() {
        Set<String> upstream = new TreeSet<>();
        topics.inputs().values().forEach(spec -> upstream.add(spec.name()));
        upstream.add(topics.erasureRequests().name());
        return upstream;
    }

    /**
     * The data keys, read to the end of the key stores' changelogs now and further whenever a sealed value names a
     * subject not seen yet; the follower stays open for the scan.
     */
    private KafkaLogs.Follower followKeys(KafkaLogs logs, Set<String> existing, DataKeys keys) {
        Map<String, String> storeOf = new HashMap<>();
        for (String store : KEY_STORES) {
            String changelog = applicationId + "-" + store + "-changelog";
            if (existing.contains(changelog)) {
                storeOf.put(changelog, store);
            }
        }
        KafkaLogs.Follower follower = logs.follow(List.copyOf(storeOf.keySet()));
        Runnable catchUp = () -> follower.catchUp(r -> keys.apply(storeOf.get(r.topic()),
            new String(r.key(), StandardCharsets.UTF_8), r.value()));
        catchUp.run();
        keys.catchUpWith(catchUp);
        return follower;
    }

    private static TopicScan scanTopic(KafkaLogs logs, String topic, SourceReport.Kind kind, Config config,
                                       RecordInspector inspector, long erasedAt, Set<String> keyedByCustomer) {
        boolean compacted = config != null && config.get("cleanup.policy") != null
            && config.get("cleanup.policy").value().contains("compact");
        TopicScan scan = new TopicScan(new SourceReport(topic, kind, settings(config)), compacted, erasedAt);
        logs.read(topic, r -> scan.add(r.partition(), r.offset(), r.timestamp(), r.key(), r.value() == null,
            keyedByCustomer.contains(topic) ? inspector.inspect(r.key(), r.value()).ownedByItsKey()
                : inspector.inspect(r.key(), r.value())));
        return scan;
    }

    private static String settings(Config config) {
        if (config == null) {
            return "";
        }
        List<String> settings = new ArrayList<>();
        for (String name : COMPACTION_SETTINGS) {
            ConfigEntry entry = config.get(name);
            if (entry != null && entry.value() != null) {
                settings.add(name + "=" + entry.value());
            }
        }
        return String.join(" ", settings);
    }

    private LocalScan scanLocal(Path stateDir, RecordInspector inspector) {
        Path applicationDir = stateDir.resolve(applicationId);
        if (!Files.isDirectory(applicationDir)) {
            throw new VerificationException("no state of application " + applicationId + " under " + stateDir
                + " (expected " + applicationDir + ")");
        }
        LocalScan scan = new LocalScan();
        List<String> read = LocalStores.forEach(applicationDir, entry -> {
            byte[] value = storedValue(entry.value());
            scan.add(entry.store(), "local:" + entry.store() + "/" + entry.task() + "/" + entry.columnFamily(),
                entry.key(), value, inspector.inspect(entry.key(), value));
        });
        read.forEach(scan::storeRead);
        return scan;
    }

    /** Timestamped stores prefix each value with its 8-byte timestamp; the sealed value follows it. */
    private static byte[] storedValue(byte[] value) {
        boolean timestamped = !DataKeyCipher.isSealed(value) && value.length > 8
            && DataKeyCipher.isSealed(java.util.Arrays.copyOfRange(value, 8, value.length));
        return timestamped ? java.util.Arrays.copyOfRange(value, 8, value.length) : value;
    }
}
