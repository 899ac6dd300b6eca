package io.c360.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.c360.config.AppConfig;
import io.c360.config.ConfigLoader;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml as the tests read it: its services (anchors merged) and c360's configuration file. */
final class ComposeFile {
    static final Path COMPOSE = Path.of("docker-compose.yml");
    static final Path CONFIG = Path.of("config/compose.properties");

    private static final Pattern CREATE_FUNCTION = Pattern.compile("create\\(\\) \\{([^}]*)}");
    private static final Pattern REPLICATION = Pattern.compile("--replication-factor (\\d+)");
    private static final Pattern CREATE = Pattern.compile(
        "^\\s*create --topic (\\S+) --partitions (\\d+)(.*)$", Pattern.MULTILINE);
    private static final Pattern CONFIG_SETTING = Pattern.compile("--config ([\\w.]+)=(\\S+)");

    /** A topic the kafka-init script creates, with the settings of its own line. */
    record InitTopic(String name, int partitions, Map<String, String> configs) {
    }

    private final Map<String, Map<String, Object>> services;

    private ComposeFile(Map<String, Map<String, Object>> services) {
        this.services = services;
    }

    @SuppressWarnings("unchecked")
    static ComposeFile read() {
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            Map<String, Object> compose = new Yaml().load(reader);
            return new ComposeFile((Map<String, Map<String, Object>>) compose.get("services"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMPOSE, e);
        }
    }

    Map<String, Object> service(String name) {
        return services.get(name);
    }

    boolean hasService(String name) {
        return services.containsKey(name);
    }

    Map<String, Map<String, Object>> brokers() {
        return servicesNamed("kafka-\\d");
    }

    Map<String, Map<String, Object>> c360Instances() {
        return servicesNamed("c360-\\d+");
    }

    /** The shell script of the kafka-init service, which creates the topics. */
    String initScript() {
        return String.join("\n", stringList(services.get("kafka-init").get("command")));
    }

    /** The topics the kafka-init script creates, by name. */
    Map<String, InitTopic> initTopics() {
        Map<String, InitTopic> topics = new TreeMap<>();
        Matcher m = CREATE.matcher(initScript());
        while (m.find()) {
            topics.put(m.group(1), new InitTopic(m.group(1), Integer.parseInt(m.group(2)), configs(m.group(3))));
        }
        return topics;
    }

    /** The replication factor the script's {@code create} function gives every topic. */
    short initReplicationFactor() {
        Matcher m = REPLICATION.matcher(createFunction());
        if (!m.find()) {
            throw new IllegalStateException("kafka-init's create() sets no --replication-factor");
        }
        return Short.parseShort(m.group(1));
    }

    /** The topic settings the script's {@code create} function gives every topic. */
    Map<String, String> initCommonConfigs() {
        return configs(createFunction());
    }

    private String createFunction() {
        Matcher m = CREATE_FUNCTION.matcher(initScript());
        if (!m.find()) {
            throw new IllegalStateException("kafka-init's script defines no create() function");
        }
        return m.group(1);
    }

    private static Map<String, String> configs(String arguments) {
        Map<String, String> configs = new TreeMap<>();
        Matcher setting = CONFIG_SETTING.matcher(arguments);
        while (setting.find()) {
            configs.put(setting.group(1), setting.group(2));
        }
        return configs;
    }

    /** An instance's configuration as the image would load it: the compose config file, then its environment. */
    static AppConfig instanceConfig(Map<String, Object> service) {
        return ConfigLoader.load(CONFIG, environment(service), Map.of());
    }

    static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new TreeMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> env.put(k.toString(), String.valueOf(v)));
        }
        return env;
    }

    static List<String> stringList(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(value.toString());
    }

    private Map<String, Map<String, Object>> servicesNamed(String regex) {
        return services.entrySet().stream().filter(e -> e.getKey().matches(regex))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
}
