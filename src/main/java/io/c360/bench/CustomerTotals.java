package io.c360.bench;

import java.nio.ByteBuffer;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** What the baseline aggregation keeps per customer: how many events, and the sum of her order totals. */
public record CustomerTotals(long events, double orderTotal) {
    public static final CustomerTotals NONE = new CustomerTotals(0, 0);
    private static final int BYTES = Long.BYTES + Double.BYTES;

    public CustomerTotals add(double total) {
        return new CustomerTotals(events + 1, orderTotal + total);
    }

    /** Sixteen bytes, fixed: the cheapest value a store can hold for a count and a sum. */
    public static Serde<CustomerTotals> serde() {
        return Serdes.serdeFrom(
            (topic, totals) -> totals == null ? null
                : ByteBuffer.allocate(BYTES).putLong(totals.events).putDouble(totals.orderTotal).array(),
            (topic, bytes) -> {
                if (bytes == null) {
                    return null;
                }
                if (bytes.length != BYTES) {
                    throw new SerializationException("customer totals are " + BYTES + " bytes, got " + bytes.length);
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                return new CustomerTotals(buffer.getLong(), buffer.getDouble());
            });
    }
}
