package io.c360.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The c360 command line: the only main() of the project. */
@Command(name = "c360", mixinStandardHelpOptions = true, version = "c360 0.1.0",
    description = "Real-time Customer 360 on Kafka Streams.",
    subcommands = {DemoCommand.class, RunCommand.class, ProduceCommand.class, ResolveCommand.class,
        EvalCommand.class, GenerateCommand.class, BenchCommand.class, VerifyErasureCommand.class})
public final class C360 implements Runnable {
    /** Generated Avro classes must be trusted before any Avro class loads (Avro 1.12 refuses others). */
    static final String TRUSTED_AVRO_PACKAGES = "io.c360.avro,java.lang,java.util,java.math,java.time";

    public static void main(String[] args) {
        if (System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") == null) {
            System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", TRUSTED_AVRO_PACKAGES);
        }
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new C360());
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("c360: " + CliErrors.oneLine(e));
            return 1;
        });
        return cmd;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
