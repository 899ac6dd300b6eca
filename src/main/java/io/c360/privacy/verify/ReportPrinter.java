package io.c360.privacy.verify;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a verification as a per-topic table, the readable copies, the upstream topics apart, and a verdict. */
public final class ReportPrinter {
    private static final int MAX_LISTED = 25;
    private static final String ROW = "%-58s %9s %9s %10s %9s %9s %8s %9s %13s  %s%n";

    private final PrintStream out;

    public ReportPrinter(PrintStream out) {
        this.out = out;
    }

    public void print(VerificationReport report) {
        out.printf("erasure %s at %s; receipt holds %s; %d data keys still exist (anyone's)%n", report.erasureId(),
            report.erasedAt(), report.receiptCounts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")), report.liveDataKeys());
        List<SourceReport> own = report.sources().stream()
            .filter(s -> s.kind() != SourceReport.Kind.UPSTREAM_TOPIC).toList();
        List<SourceReport> upstream = report.sources().stream()
            .filter(s -> s.kind() == SourceReport.Kind.UPSTREAM_TOPIC).toList();
        table(own);
        listReadable(own);
        if (upstream.stream().anyMatch(SourceReport::hasFindings)) {
            out.println();
            out.println("upstream source topics, not c360's to erase; c360 ignores these events on replay:");
            table(upstream);
        }
        out.println();
        out.println(verdict(report));
    }

    private void table(List<SourceReport> sources) {
        out.printf(ROW, "topic / store", "records", "READABLE", "SUPERSEDED", "SHREDDED", "TOMBSTONE", "ID_ONLY", "NAME_ONLY",
            "AFTER_ERASURE",
            "how it forgets");
        long quiet = 0;
        long quietRecords = 0;
        for (SourceReport source : sources) {
            if (!source.hasFindings()) {
                quiet++;
                quietRecords += source.scanned();
                continue;
            }
            boolean waits = source.count(Exposure.SUPERSEDED) + source.count(Exposure.TOMBSTONE) > 0;
            out.printf(ROW, source.name(), source.scanned(), source.count(Exposure.READABLE),
                source.count(Exposure.SUPERSEDED), source.count(Exposure.SHREDDED), source.count(Exposure.TOMBSTONE),
                source.count(Exposure.ID_ONLY), source.count(Exposure.NAME_ONLY),
                source.count(Exposure.AFTER_ERASURE), waits ? source.settings() : "");
        }
        out.printf("(%d more with nothing of hers in %d records)%n", quiet, quietRecords);
    }

    private void listReadable(List<SourceReport> own) {
        List<Finding> readable = own.stream().flatMap(s -> s.findings().stream())
            .filter(f -> f.exposure() == Exposure.READABLE).toList();
        if (readable.isEmpty()) {
            return;
        }
        out.println();
        out.println("READABLE (location: her values that matched, as kind#hash-prefix):");
        readable.stream().limit(MAX_LISTED).forEach(f -> out.println("  " + f.location() + ": "
            + f.hits().stream().map(Hit::toString).collect(Collectors.joining(", "))));
        if (readable.size() > MAX_LISTED) {
            out.println("  ... and " + (readable.size() - MAX_LISTED) + " more");
        }
    }

    static String verdict(VerificationReport report) {
        Map<Exposure, Integer> totals = new java.util.EnumMap<>(Exposure.class);
        for (Exposure exposure : Exposure.values()) {
            totals.put(exposure, report.total(exposure));
        }
        String rest = totals.get(Exposure.SHREDDED) + " shredded, " + totals.get(Exposure.SUPERSEDED)
            + " superseded (gone at the next compaction), " + totals.get(Exposure.TOMBSTONE) + " tombstones, "
            + totals.get(Exposure.ID_ONLY) + " with her ids only, " + totals.get(Exposure.NAME_ONLY)
            + " with her name only (namesakes?), " + totals.get(Exposure.AFTER_ERASURE)
            + " written for events after the erasure";
        if (report.readable() == 0) {
            return "VERIFIED: nothing readable of her remains in what c360 owns; " + rest;
        }
        long topics = report.sources().stream().filter(s -> s.kind() != SourceReport.Kind.UPSTREAM_TOPIC)
            .filter(s -> s.count(Exposure.READABLE) > 0).count();
        return "NOT ERASED: " + report.readable() + " readable copies of her data in " + topics
            + " topics or stores; " + rest;
    }
}
