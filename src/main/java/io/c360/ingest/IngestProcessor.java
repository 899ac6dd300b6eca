package io.c360.ingest;

import io.c360.avro.AccountChange;
import io.c360.avro.AccountUpdate;
import io.c360.avro.RecordCommand;
import io.c360.avro.RelationCommand;
import io.c360.avro.RouteEvent;
import io.c360.avro.TouchpointEvent;
import io.c360.identity.IdentityRules;
import io.c360.identity.engine.EventUpdates;
import io.c360.standardize.TouchpointStandardizer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * First stage: decodes a raw input record (Avro single-object or JSON), standardizes it and hands it to the
 * record stage, keyed by its source record, which applies it or sends it on to identity resolution (account
 * updates, which concern a company, go straight to the relations stage); anything that cannot be used goes to
 * the dead-letter topic with the reason.
 */
public final class IngestProcessor implements Processor<byte[], byte[], String, Object> {
    private final EventDecoder decoder;
    private final TouchpointStandardizer standardizer;
    private final IdentityRules rules;
    private final EventUpdates updates;
    private final String acceptedChild;
    private final String relationsChild;
    private final DeadLetters deadLetters;
    private final String deadLetterChild;
    private ProcessorContext<String, Object> context;

    public IngestProcessor(EventDecoder decoder, TouchpointStandardizer standardizer, IdentityRules rules,
                           EventUpdates updates, String acceptedChild, String relationsChild,
                           DeadLetters deadLetters, String deadLetterChild) {
        this.decoder = decoder;
        this.standardizer = standardizer;
        this.rules = rules;
        this.updates = updates;
        this.acceptedChild = acceptedChild;
        this.relationsChild = relationsChild;
        this.deadLetters = deadLetters;
        this.deadLetterChild = deadLetterChild;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        DecodeResult result = decoder.decode(record.value());
        if (result instanceof DecodeResult.Rejected rejected) {
            deadLetter(record, rejected.errorType(), rejected.reason());
            return;
        }
        TouchpointEvent event = standardizer.standardize(((DecodeResult.Decoded) result).event());
        if (event.getPayload() instanceof AccountUpdate account) {
            context.forward(new Record<String, Object>(account.getAccountId(),
                new RelationCommand(new AccountChange(account, event.getEventTime())),
                event.getEventTime().toEpochMilli()), relationsChild);
            return;
        }
        String recordKey = rules.linkingKeys(event.getIdentifiers()).isEmpty() ? null : updates.recordKey(event);
        if (recordKey == null) {
            deadLetter(record, "INVALID", "no usable identifier: every identifier is missing, malformed or a "
                + "junk value (see c360.identity.junk.*), so the event cannot be linked to a customer");
            return;
        }
        context.forward(new Record<String, Object>(recordKey, new RecordCommand(recordKey, "", new RouteEvent(event)),
            event.getEventTime().toEpochMilli()), acceptedChild);
    }

    private void deadLetter(Record<byte[], byte[]> record, String errorType, String reason) {
        context.forward(deadLetters.of(context, record, errorType, reason), deadLetterChild);
    }
}
