package io.c360.privacy.verify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a verification: which erasure, what its receipt holds, and what each topic and store showed.
 *
 * @param receiptCounts how many values of each kind the receipt holds
 * @param liveDataKeys  data keys that still exist (anyone's), read from the key stores' changelogs
 */
public record VerificationReport(String erasureId, Instant erasedAt, Map<String, Integer> receiptCounts,
                                 int liveDataKeys, List<SourceReport> sources) {

    /** Readable copies of her data in what c360 owns: topics it writes and its local stores. */
    public int readable() {
        return sources.stream().filter(s -> s.kind() != SourceReport.Kind.UPSTREAM_TOPIC)
            .mapToInt(s -> s.count(Exposure.READABLE)).sum();
    }

    public int total(Exposure exposure) {
        return sources.stream().filter(s -> s.kind() != SourceReport.Kind.UPSTREAM_TOPIC)
            .mapToInt(s -> s.count(exposure)).sum();
    }

    public SourceReport source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
