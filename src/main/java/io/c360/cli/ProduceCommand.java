package io.c360.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import io.c360.avro.TouchpointEvent;
import io.c360.config.AppConfig;
import io.c360.ingest.DecodeResult;
import io.c360.ingest.EventDecoder;
import io.c360.kafka.SerdeFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Publishes touchpoint events written by hand, one JSON object per line. Every line is checked against the
 * wire contract first; one bad line stops the whole file, so nothing is half-published.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
    description = "Publish JSON-lines touchpoint events to a topic.")
final class ProduceCommand implements Callable<Integer> {
    @Option(names = "--topic", required = true, description = "Topic, e.g. c360.touchpoints.crm.")
    String topic;

    @Option(names = "--file", required = true, description = "JSON lines file: one TouchpointEvent per line.")
    Path file;

    @Option(names = "--avro", description = "Publish as Avro single-object encoding instead of the JSON as is.")
    boolean avro;

    @Option(names = "--no-validate", description = "Publish lines unchecked (to exercise the dead-letter topic).")
    boolean noValidate;

    @Option(names = "--bootstrap-servers", description = "Kafka to publish to (default: from config).")
    String bootstrapServers;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        AppConfig appConfig = config.load(bootstrapServers == null ? Map.of()
            : Map.of("bootstrap.servers", bootstrapServers));
        SerdeFactory serdes = new SerdeFactory();
        List<byte[]> values = prepare(Files.readAllLines(file, StandardCharsets.UTF_8), serdes, appConfig);
        Properties props = new Properties();
        props.putAll(appConfig.kafkaProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "20000");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer =
                 new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (byte[] value : values) {
                sent.add(producer.send(new ProducerRecord<>(topic, value)));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        }
        System.out.println("published " + sent.size() + " event(s) to " + topic);
        return 0;
    }

    private List<byte[]> prepare(List<String> lines, SerdeFactory serdes, AppConfig appConfig) {
        EventDecoder decoder = new EventDecoder(serdes.knownSchemas(), appConfig.getInt("c360.ingest.max.bytes"));
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            byte[] json = line.getBytes(StandardCharsets.UTF_8);
            if (noValidate) {
                values.add(json);
                continue;
            }
            DecodeResult result = decoder.decode(json);
            if (result instanceof DecodeResult.Rejected rejected) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + rejected.reason()
                    + "; nothing was published");
            }
            TouchpointEvent event = ((DecodeResult.Decoded) result).event();
            values.add(avro ? serdes.touchpointEvent().serializer().serialize(topic, event) : json);
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no events");
        }
        return values;
    }
}
