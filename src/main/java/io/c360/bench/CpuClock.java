package io.c360.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time consumed so far, by the c360 stream threads and by the whole process (broker, load generator and
 * consumer included). Wall-clock rates depend on what else the machine runs; CPU time per event much less so.
 */
public record CpuClock(long streamThreadNanos, long processNanos) {
    private static final String STREAM_THREAD = "-StreamThread-";

    public static CpuClock now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long stream = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(STREAM_THREAD)) {
                stream += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
            ? os.getProcessCpuTime() : -1;
        return new CpuClock(stream, process);
    }

    /** CPU time per event of the stream threads and of the process, in microseconds. */
    public record PerEvent(long streamMicros, long processMicros) {
    }

    /** CPU microseconds per event between {@code start} and this reading. */
    public PerEvent perEventSince(CpuClock start, long events) {
        return new PerEvent((streamThreadNanos - start.streamThreadNanos) / events / 1000,
            (processNanos - start.processNanos) / events / 1000);
    }
}
