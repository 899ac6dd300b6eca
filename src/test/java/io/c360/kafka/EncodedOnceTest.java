package io.c360.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.c360.avro.CustomerProfile;
import io.c360.avro.ProfileChanged;
import io.c360.avro.TouchpointEvent;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

class EncodedOnceTest {
    private final SerdeFactory serdes = new SerdeFactory(KnownSchemas.withExtra(List.of()));

    @Test
    void aRecordWrittenAgainInsideAnotherIsCopiedByteForByte() throws Exception {
        ProfileChanged changed = SampleRecords.profileChanged();
        changed.setCauseEvent(SampleRecords.orderEvent());
        CustomerProfile profile = changed.getProfile();
        byte[] stored = serdes.customerProfile().serialize(profile);
        byte[] event = serdes.touchpointEvent().serialize(changed.getCauseEvent());
        byte[] emitted = serdes.profileChanged().serialize(changed);

        assertArrayEquals(avro(CustomerProfile.class, profile), stored);
        assertArrayEquals(avro(ProfileChanged.class, changed), emitted);
        assertEquals(changed, serdes.profileChanged().deserialize(emitted));
        assertArrayEquals(avro(TouchpointEvent.class, changed.getCauseEvent()), event);
    }

    @Test
    void anotherInstanceIsEncodedAfresh() throws Exception {
        ProfileChanged changed = SampleRecords.profileChanged();
        CustomerProfile other = CustomerProfile.newBuilder(changed.getProfile()).setEventCount(99).build();
        serdes.customerProfile().serialize(other);
        assertArrayEquals(avro(ProfileChanged.class, changed), serdes.profileChanged().serialize(changed));
        assertArrayEquals(avro(CustomerProfile.class, other), serdes.customerProfile().serialize(other));
    }

    /** What Avro's own single-object encoder writes. */
    private static <T> byte[] avro(Class<T> type, T value) throws Exception {
        SpecificData model = SpecificData.getForClass(type);
        java.nio.ByteBuffer encoded = new BinaryMessageEncoder<T>(model, model.getSchema(type)).encode(value);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }
}
