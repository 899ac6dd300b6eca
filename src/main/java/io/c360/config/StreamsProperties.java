package io.c360.config;

import java.util.Properties;

import io.c360.store.BoundedMemoryRocksDBConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams configuration of c360: safe defaults, then whatever the user configured, then the few
 * keys c360 depends on.
 */
public final class StreamsProperties {
    private StreamsProperties() {
    }

    public static Properties build(AppConfig config) {
        Properties props = new Properties();
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.NO_OPTIMIZATION);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        props.put("processing.exception.handler.global.enabled", "true");
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedMemoryRocksDBConfig.class.getName());
        props.putAll(config.kafkaProperties());
        // the setter reads its budget from the Streams config map, which sees only keys handed to Streams
        for (String key : new String[] {BoundedMemoryRocksDBConfig.BLOCK_CACHE_BYTES,
            BoundedMemoryRocksDBConfig.WRITE_BUFFER_BYTES}) {
            props.put(key, config.get(key));
        }
        // Forced: the HTTP API routes interactive queries by this address.
        props.put(StreamsConfig.APPLICATION_SERVER_CONFIG,
            config.get("c360.http.host") + ":" + config.getInt("c360.http.port"));
        return props;
    }
}
