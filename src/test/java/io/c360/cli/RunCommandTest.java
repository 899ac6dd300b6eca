package io.c360.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import io.c360.testing.TestAuth;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `run` refuses, in one line and before touching Kafka, a deployment that could not protect personal data. */
class RunCommandTest {
    @Test
    void runWithoutMasterKeyExitsNonZeroWithOneLineSayingWhatToSet() {
        StringWriter err = new StringWriter();
        CommandLine cmd = C360.commandLine();
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute("run", "-D", "bootstrap.servers=127.0.0.1:1", "-D", "c360.privacy.master.key=",
            "-D", "c360.auth.api.keys=" + TestAuth.settings().get("c360.auth.api.keys"));
        assertEquals(1, exit);
        String message = err.toString().strip();
        assertTrue(message.startsWith("c360: c360.privacy.master.key is not set"), message);
        assertTrue(message.contains("C360_PRIVACY_MASTER_KEY"), message);
        assertEquals(1, message.lines().count(), message);
    }
}
