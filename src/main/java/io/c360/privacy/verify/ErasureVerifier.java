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
            DataKeys keys = liveKeys(logs, existing);
            RecordInspector inspector = new RecordInspector(person, keys,
                new Candidates(config.get("c360.phone.default.region")));
            List<SourceReport> sources = new ArrayList<>();
            Set<String> upstream = upstreamTopics();
            Set<String> scanned = new TreeSet<>(existing.stream().filter(t -> owned(t) || upstream.contains(t)).toList());
            Map<String, Config> configs = logs.configs(scanned);
            long erasedAt = receipt.getErasedAt().toEpochMilli();
            Set<String> writtenAfterErasure = new java.util.HashSet<>();
            List<SourceReport> upstreamReports = new ArrayList<>();
            for (String topic : scanned.stream().filter(upstream::contains).toList()) {
                upstreamReports.add(scanTopic(logs, topic, SourceReport.Kind.UPSTREAM_TOPIC, configs.get(topic),
                    inspector, erasedAt, new java.util.HashSet<>(), Set.of()));
            }
            // only events of hers after the erasure can make new data of hers; without one, nothing is excused
            boolean cameBack = upstreamReports.stream().anyMatch(r -> r.count(Exposure.AFTER_ERASURE) > 0);
            long newLifeAfter = cameBack ? erasedAt : Long.MAX_VALUE;
            for (String topic : scanned.stream().filter(t -> !upstream.contains(t)).toList()) {
                sources.add(scanTopic(logs, topic, SourceReport.Kind.C360_TOPIC, configs.get(topic), inspector,
                    newLifeAfter, writtenAfterErasure, keyedByCustomer()));
            }
            sources.addAll(upstreamReports);
            if (stateDir != null) {
                sources.addAll(scanLocal(stateDir, inspector, writtenAfterErasure));
            }
            return new VerificationReport(receipt.getErasureId(), receipt.getErasedAt(), person.counts(), keys.live(),
                sources);
        }
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

    private DataKeys liveKeys(KafkaLogs logs, Set<String> existing) {
        DataKeys keys = new DataKeys(new DataKeyCipher(privacyKeys));
        for (String store : KEY_STORES) {
            String changelog = applicationId + "-" + store + "-changelog";
            if (existing.contains(changelog)) {
                logs.read(changelog, r -> keys.apply(store, new String(r.key(), StandardCharsets.UTF_8), r.value()));
            }
        }
        return keys;
    }

    /** @param writtenAfterErasure collects the keys of changelogs whose current value came from a later event */
    private static SourceReport scanTopic(KafkaLogs logs, String topic, SourceReport.Kind kind, Config config,
                                          RecordInspector inspector, long erasedAt, Set<String> writtenAfterErasure,
                                          Set<String> keyedByCustomer) {
        boolean compacted = config != null && config.get("cleanup.policy") != null
            && config.get("cleanup.policy").value().contains("compact");
        SourceReport report = new SourceReport(topic, kind, settings(config));
        Map<Integer, PartitionScan> partitions = new HashMap<>();
        logs.read(topic, r -> partitions.computeIfAbsent(r.partition(),
                p -> new PartitionScan(topic + "-" + p, compacted, erasedAt))
            .add(r.offset(), r.timestamp(), r.key(), r.value() == null, keyedByCustomer.contains(topic)
                ? inspector.inspect(r.key(), r.value()).ownedByItsKey() : inspector.inspect(r.key(), r.value())));
        partitions.values().forEach(scan -> {
            scan.finish(report);
            if (topic.endsWith("-changelog")) {
                scan.collectKeysWrittenAfterErasure(writtenAfterErasure);
            }
        });
        return report;
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

    /**
     * @param writtenAfterErasure keys whose changelog value came from an event after the erasure: the local entry
     *                            with that key, or whose clear value names it (a search entry names its customer),
     *                            is that later data too
     */
    private List<SourceReport> scanLocal(Path stateDir, RecordInspector inspector, Set<String> writtenAfterErasure) {
        Path applicationDir = stateDir.resolve(applicationId);
        if (!Files.isDirectory(applicationDir)) {
            throw new VerificationException("no state of application " + applicationId + " under " + stateDir
                + " (expected " + applicationDir + ")");
        }
        Map<String, SourceReport> stores = new java.util.TreeMap<>();
        List<String> read = LocalStores.forEach(applicationDir, entry -> {
            SourceReport report = stores.computeIfAbsent("local:" + entry.store(),
                name -> new SourceReport(name, SourceReport.Kind.LOCAL_STORE, ""));
            report.scanned(1);
            byte[] value = storedValue(entry.value());
            Observation observation = inspector.inspect(entry.key(), value);
            boolean after = writtenAfterErasure.contains(new String(entry.key(), StandardCharsets.UTF_8))
                || value != null && !DataKeyCipher.isSealed(value)
                && writtenAfterErasure.contains(new String(value, StandardCharsets.UTF_8));
            // a store holds only current values: what it has is readable unless sealed under a destroyed key
            observation.classify(false, after).ifPresent(exposure -> report.add(new Finding("local:" + entry.store() + "/"
                + entry.task() + "/" + entry.columnFamily(), exposure, observation.hits())));
        });
        read.forEach(store -> stores.computeIfAbsent("local:" + store,
            name -> new SourceReport(name, SourceReport.Kind.LOCAL_STORE, "")));
        return new ArrayList<>(stores.values());
    }

    /** Timestamped stores prefix each value with its 8-byte timestamp; the sealed value follows it. */
    private static byte[] storedValue(byte[] value) {
        boolean timestamped = !DataKeyCipher.isSealed(value) && value.length > 8
            && DataKeyCipher.isSealed(java.util.Arrays.copyOfRange(value, 8, value.length));
        return timestamped ? java.util.Arrays.copyOfRange(value, 8, value.length) : value;
    }
}
