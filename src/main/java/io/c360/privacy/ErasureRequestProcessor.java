package io.c360.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.c360.avro.EraseCustomer;
import io.c360.avro.ErasureRequest;
import io.c360.avro.IdentityCommand;
import io.c360.identity.IdentifierKey;
import io.c360.identity.IdentifierType;
import io.c360.ingest.DeadLetters;
import io.c360.ingest.InvalidEventException;
import io.c360.ingest.JsonToAvro;
import io.c360.standardize.TouchpointStandardizer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Reads the erasure-request topic: a request (Avro single-object encoding or JSON) naming a customer by its id or
 * by one identifier becomes an erase command for the identity stage; a request that cannot be understood goes to
 * the dead-letter topic with the reason, so it is never lost silently.
 */
public final class ErasureRequestProcessor implements Processor<byte[], byte[], String, Object> {
    private final Deserializer<ErasureRequest> avro;
    private final JsonToAvro json;
    private final TouchpointStandardizer standardizer;
    private final String identityChild;
    private final DeadLetters deadLetters;
    private final String deadLetterChild;
    private ProcessorContext<String, Object> context;

    public ErasureRequestProcessor(Deserializer<ErasureRequest> avro, int maxBytes, TouchpointStandardizer standardizer,
                                   String identityChild, DeadLetters deadLetters, String deadLetterChild) {
        this.avro = avro;
        this.json = new JsonToAvro(maxBytes);
        this.standardizer = standardizer;
        this.identityChild = identityChild;
        this.deadLetters = deadLetters;
        this.deadLetterChild = deadLetterChild;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        ErasureRequest request;
        try {
            request = decode(record.value());
        } catch (InvalidEventException | SerializationException e) {
            context.forward(deadLetters.of(context, record, "DECODE", "erasure request: " + e.getMessage()),
                deadLetterChild);
            return;
        }
        List<String> problems = new ArrayList<>();
        Optional<String> identifier = identifier(request, problems);
        if (blank(request.getRequestId())) {
            problems.add("requestId is missing");
        }
        if (blank(request.getRequestedBy())) {
            problems.add("requestedBy is missing");
        }
        boolean byId = !blank(request.getCustomerId());
        if (byId == identifier.isPresent() && problems.isEmpty()) {
            problems.add("name the customer by customerId or by identifierType and identifierValue, exactly one");
        }
        if (!problems.isEmpty()) {
            context.forward(deadLetters.of(context, record, "INVALID", "erasure request: " + String.join("; ",
                problems)), deadLetterChild);
            return;
        }
        EraseCustomer erase = new EraseCustomer(byId ? request.getCustomerId().trim() : null,
            identifier.orElse(null), request.getRequestedBy());
        IdentityCommand command = new IdentityCommand(request.getRequestId(),
            Instant.ofEpochMilli(context.currentSystemTimeMs()), erase);
        context.forward(new Record<String, Object>(request.getRequestId(), command, record.timestamp()), identityChild);
    }

    private ErasureRequest decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidEventException("empty record value");
        }
        if (value.length >= 2 && value[0] == (byte) 0xC3 && value[1] == 0x01) {
            return avro.deserialize(null, value);
        }
        return json.read(value, ErasureRequest.class);
    }

    private Optional<String> identifier(ErasureRequest request, List<String> problems) {
        if (blank(request.getIdentifierType()) && blank(request.getIdentifierValue())) {
            return Optional.empty();
        }
        Optional<IdentifierType> type = IdentifierType.byFieldName(String.valueOf(request.getIdentifierType()).trim());
        if (type.isEmpty()) {
            problems.add("unknown identifierType '" + request.getIdentifierType() + "'");
            return Optional.empty();
        }
        Optional<String> value = standardizer.identifier(type.get().fieldName(), request.getIdentifierValue(), null);
        if (value.isEmpty()) {
            problems.add("identifierValue is not a valid " + type.get().fieldName());
            return Optional.empty();
        }
        return Optional.of(new IdentifierKey(type.get().fieldName(), value.get()).asString());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
