package io.c360.profile;

import java.time.Instant;

import io.c360.avro.ApplyEvent;
import io.c360.avro.AssignRecord;
import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerProfile;
import io.c360.avro.EraseCustomerData;
import io.c360.avro.EraseRecord;
import io.c360.avro.PutContribution;
import io.c360.avro.RecordCommand;
import io.c360.avro.RecordContribution;
import io.c360.avro.RouteEvent;
import io.c360.avro.TouchpointEvent;
import io.c360.identity.engine.EventUpdates;
import io.c360.privacy.Sealing;
import io.c360.avro.WithdrawContribution;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The record stage, partitioned by record key: keeps what each source record's events add up to (its
 * contribution, a profile of its own) and the customer it belongs to. When identity moves a record to another
 * customer — a merge, or a split — the contribution is withdrawn from the old customer and put to the new one, so
 * both profiles are rebuilt exactly, from the contributions of the records they hold now.
 *
 * <p>Every event reaches this stage first, from ingest. The fast path: when the record is known and the event
 * brings nothing identity resolution does not already hold for it (see {@link EventUpdates#bringsNothingNew}),
 * the event is applied here at once, for the customer the record belongs to; identity would have decided the
 * same, since its state for the record would not change. Any other event goes to identity resolution, which
 * sends it back with the record's customer and its new identity state.
 */
public final class RecordProcessor implements Processor<String, RecordCommand, String, Object> {
    private final ProfileModel model;
    private final Sealing sealing;
    private final String contributionsStore;
    private final String customerCommandsChild;
    private final EventUpdates updates;
    private final String identityChild;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, RecordContribution> contributions;

    /**
     * @param updates       how the identity stage reads an event, for the fast path; null sends every event to
     *                      identity resolution
     * @param identityChild where events identity resolution must see go (key: event id)
     */
    public RecordProcessor(ProfileModel model, String contributionsStore, Sealing sealing, String customerCommandsChild,
                           EventUpdates updates, String identityChild) {
        this.model = model;
        this.updates = updates;
        this.identityChild = identityChild;
        this.sealing = sealing;
        this.contributionsStore = contributionsStore;
        this.customerCommandsChild = customerCommandsChild;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.contributions = context.getStateStore(contributionsStore);
        sealing.open(context);
    }

    @Override
    public void close() {
        sealing.close();
    }

    /** The record's contribution is sealed with the record's own data key, which an erasure destroys. */
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
                contributions.delete(recordKey);
                sealing.shred(recordKey);
            }
            forward(command.getCustomerId(), new EraseCustomerData(erase.getErasureId()), record.timestamp());
            return;
        }
        RecordContribution current = contributions.get(recordKey);
        if (command.getCommand() instanceof RouteEvent route) {
            TouchpointEvent event = route.getEvent();
            if (updates == null || current == null || current.getCustomerId() == null || current.getIdentity() == null
                || !updates.bringsNothingNew(current.getIdentity(), event)) {
                context.forward(new Record<String, Object>(event.getEventId(), event, record.timestamp()), identityChild);
                return;
            }
            command = new RecordCommand(recordKey, current.getCustomerId(), new ApplyEvent(event, null));
        }
        // the store hands out a freshly decoded value, so it is updated in place rather than deep-copied
        RecordContribution next = current == null ? new RecordContribution(recordKey, null, null, null) : current;
        String previousCustomer = next.getCustomerId();
        next.setCustomerId(command.getCustomerId());
        if (command.getCommand() instanceof ApplyEvent apply) {
            if (apply.getIdentity() != null) {
                next.setIdentity(apply.getIdentity());
            }
            CustomerProfile before = next.getProfile();
            Instant streamTime = Instant.ofEpochMilli(Math.max(context.currentStreamTimeMs(), record.timestamp()));
            next.setProfile(model.applyToRecord(before, recordKey, apply.getEvent(), streamTime));
            moveIfNeeded(next, previousCustomer, "move", false, apply.getEvent().getEventId(), apply.getEvent(),
                record.timestamp());
            if (next.getProfile() != before && command.getCustomerId().equals(previousCustomer)) {
                put(next, "event", null, apply.getEvent().getEventId(), apply.getEvent(), record.timestamp());
            }
        } else if (command.getCommand() instanceof AssignRecord assign) {
            moveIfNeeded(next, previousCustomer, assign.getReason(), assign.getRetiredFrom(), assign.getCauseEventId(),
                null, record.timestamp());
        } else {
            throw new IllegalStateException("unknown record command " + command.getCommand().getClass().getName());
        }
        contributions.put(recordKey, next);
    }

    private void moveIfNeeded(RecordContribution next, String previousCustomer, String reason, boolean retired,
                              String cause, TouchpointEvent event, long timestamp) {
        String customer = next.getCustomerId();
        if (customer.equals(previousCustomer) || next.getProfile() == null) {
            return;
        }
        if (previousCustomer != null) {
            forward(previousCustomer, new WithdrawContribution(next.getRecordKey(), customer, retired, cause), timestamp);
        }
        put(next, previousCustomer == null ? "event" : reason, previousCustomer, cause, event, timestamp);
    }

    /** The event travels with the contribution it changed, so the customer's timeline can record it. */
    private void put(RecordContribution next, String reason, String from, String cause, TouchpointEvent event,
                     long timestamp) {
        forward(next.getCustomerId(), new PutContribution(next.getRecordKey(), next.getProfile(), reason, from, cause,
            event), timestamp);
    }

    private void forward(String customerId, Object command, long timestamp) {
        context.forward(new Record<String, Object>(customerId, new CustomerCommand(customerId, command), timestamp),
            customerCommandsChild);
    }
}
