package io.c360.kafka;

import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerMerged;
import io.c360.avro.CustomerProfile;
import io.c360.avro.DeadLetter;
import io.c360.avro.ProfileChanged;
import io.c360.avro.RelationCommand;
import io.c360.avro.TouchpointEvent;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;

/**
 * The value serdes of every c360 topic, all reading through one {@link KnownSchemas}. Create one per
 * application (or test) and pass its serdes explicitly to {@code Consumed}, {@code Produced} and
 * {@code Materialized}; nothing here is static, so tests cannot leak schemas into each other.
 */
public final class SerdeFactory {

    private final KnownSchemas knownSchemas;
    private final int maxRecordBytes;
    /** A profile and its cause event are written into stores and then into ProfileChanged: encode them once. */
    private final EncodedOnce encodedOnce = new EncodedOnce(java.util.Set.of(
        CustomerProfile.getClassSchema().getFullName(), TouchpointEvent.getClassSchema().getFullName()));
    private final AvroSerde<TouchpointEvent> touchpointEvent;
    private final AvroSerde<CustomerProfile> customerProfile;
    private final AvroSerde<ProfileChanged> profileChanged;
    private final AvroSerde<DeadLetter> deadLetter;
    private final AvroSerde<CustomerMerged> customerMerged;
    private final AvroSerde<CustomerCommand> customerCommand;
    private final AvroSerde<RelationCommand> relationCommand;

    /** Serdes over the current schemas and the classpath's schema history. */
    public SerdeFactory() {
        this(KnownSchemas.load());
    }

    public SerdeFactory(KnownSchemas knownSchemas) {
        this(knownSchemas, Integer.MAX_VALUE);
    }

    /** Serdes that refuse to encode a record larger than {@code maxRecordBytes}. */
    public SerdeFactory(KnownSchemas knownSchemas, int maxRecordBytes) {
        this.knownSchemas = Objects.requireNonNull(knownSchemas, "knownSchemas");
        this.maxRecordBytes = maxRecordBytes;
        this.touchpointEvent = avro(TouchpointEvent.class);
        this.customerProfile = avro(CustomerProfile.class);
        this.profileChanged = avro(ProfileChanged.class);
        this.deadLetter = avro(DeadLetter.class);
        this.customerMerged = avro(CustomerMerged.class);
        this.customerCommand = avro(CustomerCommand.class);
        this.relationCommand = avro(RelationCommand.class);
    }

    /** The same serdes, refusing to encode a record larger than {@code bytes}. */
    public SerdeFactory withMaxRecordBytes(int bytes) {
        return bytes == maxRecordBytes ? this : new SerdeFactory(knownSchemas, bytes);
    }

    public KnownSchemas knownSchemas() {
        return knownSchemas;
    }

    public AvroSerde<TouchpointEvent> touchpointEvent() {
        return touchpointEvent;
    }

    public AvroSerde<CustomerProfile> customerProfile() {
        return customerProfile;
    }

    public AvroSerde<ProfileChanged> profileChanged() {
        return profileChanged;
    }

    public AvroSerde<DeadLetter> deadLetter() {
        return deadLetter;
    }

    public AvroSerde<CustomerMerged> customerMerged() {
        return customerMerged;
    }

    public AvroSerde<CustomerCommand> customerCommand() {
        return customerCommand;
    }

    public AvroSerde<RelationCommand> relationCommand() {
        return relationCommand;
    }

    /** A new serde for any generated record class, resolving writer schemas through the same store. */
    public <T extends SpecificRecord> AvroSerde<T> avro(Class<T> type) {
        return new AvroSerde<>(type, knownSchemas.store(), encodedOnce, maxRecordBytes);
    }
}
