package io.c360.profile;

import io.c360.avro.ApplyEvent;
import io.c360.avro.AssignRecord;
import io.c360.avro.CustomerCommand;
import io.c360.avro.EraseCustomerData;
import io.c360.avro.EraseRecord;
import io.c360.avro.RecordCommand;
import io.c360.avro.RecordContribution;
import io.c360.avro.RecordEvent;
import io.c360.avro.RouteEvent;
import io.c360.avro.TouchpointEvent;
import io.c360.avro.WithdrawContribution;
import io.c360.identity.engine.EventUpdates;
import io.c360.privacy.Sealing;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The record stage, partitioned by record key: the lookup from a source record to the customer it belongs to. Every
 * event reaches this stage first, from ingest. The fast path: when the record is known and the event brings nothing
 * identity resolution does not already hold for it (see {@link EventUpdates#bringsNothingNew}), the event goes
 * straight to the record's customer, and this stage writes nothing; identity would have decided the same, since its
 * state for the record would not change. Any other event goes to identity resolution, which sends it back with the
 * record's customer and its new identity state.
 *
 * <p>The record's contribution (what its events add up to) is kept by the customer stage, with the customer holding
 * the record. When identity moves the record to another customer (a merge, a split) this stage counts the move (the
 * record's generation) and tells the old customer to hand the contribution over to the new one; events sent on to
 * the new customer carry the generation, so it applies them only after the hand-over, in order.
 */
public final class RecordProcessor implements Processor<String, RecordCommand, String, Object> {
    private final Sealing sealing;
    private final String recordsStore;
    private final String customerCommandsChild;
    private final EventUpdates updates;
    private final String identityChild;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, RecordContribution> records;

    /**
     * @param updates       how the identity stage reads an event, for the fast path; null sends every event to
     *                      identity resolution
     * @param identityChild where events identity resolution must see go (key: event id)
     */
    public RecordProcessor(String recordsStore, Sealing sealing, String customerCommandsChild, EventUpdates updates,
                           String identityChild) {
        this.updates = updates;
        this.identityChild = identityChild;
        this.sealing = sealing;
        this.recordsStore = recordsStore;
        this.customerCommandsChild = customerCommandsChild;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.records = context.getStateStore(recordsStore);
        sealing.open(context);
    }

    @Override
    public void close() {
        sealing.close();
    }

    /** The record's identity state is sealed with the record's own data key, which an erasure destroys. */
    @Override
    public void process(Record<String, RecordCommand> record) {
        String recordKey = record.value().getRecordKey();
        sealing.as(recordKey.isEmpty() ? record.key() : recordKey, () -> processForRecord(record));
    }

    private void processForRecord(Record<String, RecordCommand> record) {
        RecordCommand command = record.value();
        String recordKey = command.getRecordKey();
        if (command.getCommand() instanceof EraseRecord erase) {
            // an empty record key stands for a customer id merged into the erased one, which holds no records
            if (!recordKey.isEmpty()) {
                records.delete(recordKey);
                sealing.shred(recordKey);
            }
            forward(command.getCustomerId(), new EraseCustomerData(erase.getErasureId()), record.timestamp());
            return;
        }
        RecordContribution current = records.get(recordKey);
        if (command.getCommand() instanceof RouteEvent route) {
            TouchpointEvent event = route.getEvent();
            if (updates == null || current == null || current.getCustomerId() == null || current.getIdentity() == null
                || !updates.bringsNothingNew(current.getIdentity(), event)) {
                context.forward(new Record<String, Object>(event.getEventId(), event, record.timestamp()), identityChild);
            } else {
                forward(current.getCustomerId(), new RecordEvent(recordKey, event, current.getGeneration()),
                    record.timestamp());
            }
            return;
        }
        // the store hands out a freshly decoded value, so it is updated in place rather than deep-copied
        RecordContribution next = current == null ? new RecordContribution(recordKey, null, null, null, 0L) : current;
        next.setProfile(null);
        if (command.getCommand() instanceof ApplyEvent apply) {
            if (apply.getIdentity() != null) {
                next.setIdentity(apply.getIdentity());
            }
            TouchpointEvent event = apply.getEvent();
            moveIfNeeded(next, command.getCustomerId(), "move", false, event.getEventId(), record.timestamp());
            forward(next.getCustomerId(), new RecordEvent(recordKey, event, next.getGeneration()), record.timestamp());
        } else if (command.getCommand() instanceof AssignRecord assign) {
            if (next.getCustomerId() == null) {
                // no event of the record reached a customer yet, so none holds it: its first event will say where
                return;
            }
            moveIfNeeded(next, command.getCustomerId(), assign.getReason(), assign.getRetiredFrom(),
                assign.getCauseEventId(), record.timestamp());
        } else {
            throw new IllegalStateException("unknown record command " + command.getCommand().getClass().getName());
        }
        records.put(recordKey, next);
    }

    /** A record that already belongs to another customer moves: the customer holding it hands it over. */
    private void moveIfNeeded(RecordContribution next, String customer, String reason, boolean retired, String cause,
                              long timestamp) {
        String previous = next.getCustomerId();
        next.setCustomerId(customer);
        if (previous == null || previous.equals(customer)) {
            return;
        }
        next.setGeneration(next.getGeneration() + 1);
        forward(previous, new WithdrawContribution(next.getRecordKey(), customer, retired, reason, cause,
            next.getGeneration()), timestamp);
    }

    private void forward(String customerId, Object command, long timestamp) {
        context.forward(new Record<String, Object>(customerId, new CustomerCommand(customerId, command), timestamp),
            customerCommandsChild);
    }
}
