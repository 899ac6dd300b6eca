package io.c360.privacy.verify;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.c360.avro.ErasureReceipt;
import io.c360.kafka.AvroSerde;
import io.c360.kafka.SerdeFactory;
import io.c360.privacy.ErasureReceipts;

/** Finds the receipt of an erasure on the receipts topic, by erasure id or by a customer id it erased. */
final class ReceiptFinder {
    private final KafkaLogs logs;
    private final ErasureReceipts hashes;
    private final AvroSerde<ErasureReceipt> serde;

    ReceiptFinder(KafkaLogs logs, ErasureReceipts hashes, SerdeFactory serdes) {
        this.logs = logs;
        this.hashes = hashes;
        this.serde = serdes.avro(ErasureReceipt.class);
    }

    ErasureReceipt find(String topic, Set<String> existing, String customerId, String erasureId) {
        if (!existing.contains(topic)) {
            throw new VerificationException("no topic " + topic + " on this cluster: this c360 has never erased "
                + "anyone, or it runs a version without erasure receipts");
        }
        String customerHash = customerId == null ? null : hashes.valueHash(customerId);
        AtomicReference<ErasureReceipt> found = new AtomicReference<>();
        logs.read(topic, r -> {
            if (r.value() == null) {
                return;
            }
            boolean byId = erasureId == null || erasureId.equals(new String(r.key(), StandardCharsets.UTF_8));
            ErasureReceipt receipt = serde.deserialize(r.value());
            if (byId && (customerHash == null || receipt.getCustomerIds().contains(customerHash))) {
                found.set(receipt);
            }
        });
        if (found.get() == null) {
            throw new VerificationException("no erasure receipt on " + topic + " for "
                + (customerId != null ? "customer " + customerId : "") + (customerId != null && erasureId != null
                ? " and " : "") + (erasureId != null ? "erasure " + erasureId : "")
                + ": was the erasure requested, and is this the deployment's master key?");
        }
        return found.get();
    }
}
