package io.c360.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.c360.app.C360App;
import io.c360.config.AppConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs one c360 instance against an existing Kafka cluster until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run c360 against a Kafka cluster (bootstrap.servers from the config file or environment).")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Override
    public Integer call() throws InterruptedException {
        AppConfig appConfig = config.load(Map.of());
        C360App app = C360App.start(appConfig);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "c360-shutdown"));
        System.out.println("c360 is running: " + app.baseUrl() + "/customers?limit=5");
        stopped.await();
        return 0;
    }
}
