package io.c360.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A c360 instance in its own JVM ({@code c360 run}), so a test can kill it with SIGKILL as an operator or the
 * OOM killer would. It keeps its HTTP port, state directory and application id across restarts, and appends
 * its output to {@code log}.
 */
public final class ChildC360 implements AutoCloseable {
    private final List<String> command;
    private final Path log;
    private final int port;
    private Process process;

    private ChildC360(List<String> command, Path log, int port) {
        this.command = command;
        this.log = log;
        this.port = port;
    }

    /**
     * An instance on {@code bootstrapServers} with its state and log under {@code dir} and one stream thread, with
     * c360's own group settings: its static membership is what lets a restart take the killed process's place at
     * once.
     *
     * @param extraClasspath entries put before the test classpath (e.g. a schema history), may be empty
     */
    public static ChildC360 create(String bootstrapServers, Path dir, List<Path> extraClasspath) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("bootstrap.servers", bootstrapServers);
        String id = "c360-child-" + UUID.randomUUID();
        settings.put("application.id", id);
        settings.put("state.dir", dir.resolve("state").toString());
        settings.put("num.stream.threads", "1");
        settings.put("c360.http.port", String.valueOf(freePort()));
        settings.putAll(TestAuth.settings());
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx384m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        List<String> classpath = new ArrayList<>(extraClasspath.stream().map(Path::toString).toList());
        classpath.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        cmd.add(String.join(File.pathSeparator, classpath));
        cmd.add("io.c360.cli.C360");
        cmd.add("run");
        settings.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        return new ChildC360(List.copyOf(cmd), dir.resolve("c360.log"),
            Integer.parseInt(settings.get("c360.http.port")));
    }

    /** Starts the process and waits until it answers /ready (Kafka Streams RUNNING). */
    public ChildC360 start(Duration timeout) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        Await.until(timeout, "c360 child ready on port " + port + " (log " + log + ")", () -> {
            if (!process.isAlive()) {
                throw new AssertionError("c360 child exited with " + process.exitValue() + "; see " + log);
            }
            return ready() ? Optional.of(true) : Optional.empty();
        });
        return this;
    }

    /** SIGKILL: no shutdown hook, no commit, no leaving the group. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("c360 child survived SIGKILL");
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Throws while the port is not open yet; {@link Await} retries on that. */
    private boolean ready() {
        return Http.get(baseUrl() + "/ready").status() == 200;
    }

    /** SIGTERM and wait: the clean shutdown path. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
