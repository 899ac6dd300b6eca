package io.c360.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import io.c360.config.AppConfig;
import io.c360.privacy.verify.ErasureVerifier;
import io.c360.privacy.verify.ReportPrinter;
import io.c360.privacy.verify.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Proves an erasure: scans c360's topics (and optionally its local stores) for any readable copy of her data. */
@Command(name = "verify-erasure", mixinStandardHelpOptions = true,
    description = "Scan every topic c360 owns (and --state-dir) for readable personal data of an erased customer. "
        + "Exit 0: nothing readable; 1: something is (listed); 2: usage or connection error.")
final class VerifyErasureCommand implements Callable<Integer> {
    static final int VERIFIED = 0;
    static final int READABLE = 1;
    static final int CANNOT_VERIFY = 2;

    @Option(names = "--customer", paramLabel = "ID", description = "The erased customer id (or an id merged into it).")
    String customerId;

    @Option(names = "--erasure", paramLabel = "ID", description = "The erasure id (DELETE's erasureId, or the requestId).")
    String erasureId;

    @Option(names = "--state-dir", paramLabel = "DIR",
        description = "Also scan this instance's RocksDB stores under DIR (its state.dir), opened read-only.")
    Path stateDir;

    @Option(names = "--timeout", defaultValue = "PT60S", paramLabel = "DURATION",
        description = "Longest wait for an answer from Kafka, or for the next record while a topic is read, ISO-8601 "
            + "(default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    private final PrintStream out;
    private final PrintStream err;

    VerifyErasureCommand() {
        this(System.out, System.err);
    }

    VerifyErasureCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (customerId == null && erasureId == null) {
            err.println("c360 verify-erasure: name the erasure with --customer ID or --erasure ID");
            return CANNOT_VERIFY;
        }
        VerificationReport report;
        try {
            AppConfig appConfig = config.load(Map.of());
            report = new ErasureVerifier(appConfig, timeout).verify(customerId, erasureId, stateDir);
        } catch (RuntimeException e) {
            err.println("c360 verify-erasure: " + CliErrors.oneLine(e));
            return CANNOT_VERIFY;
        }
        new ReportPrinter(out).print(report);
        return report.readable() == 0 ? VERIFIED : READABLE;
    }
}
