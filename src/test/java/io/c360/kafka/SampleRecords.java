package io.c360.kafka;

import io.c360.avro.ApplyEvent;
import io.c360.avro.AssignRecord;
import io.c360.avro.Channel;
import io.c360.avro.ChangeType;
import io.c360.avro.ConsentState;
import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerMerged;
import io.c360.avro.PutContribution;
import io.c360.avro.RecordCommand;
import io.c360.avro.WithdrawContribution;
import io.c360.avro.CustomerProfile;
import io.c360.avro.DeadLetter;
import io.c360.avro.FieldChange;
import io.c360.avro.GoldenValue;
import io.c360.avro.IdentifierRef;
import io.c360.avro.Identifiers;
import io.c360.avro.Lineage;
import io.c360.avro.Order;
import io.c360.avro.OrderLine;
import io.c360.avro.OrderStatus;
import io.c360.avro.PersonAttributes;
import io.c360.avro.PostalAddress;
import io.c360.avro.ProfileChanged;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.Profiles;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One filled-in instance of each wire type, nested records, enums and timestamps included. */
public final class SampleRecords {

    public static final Instant T0 = Instant.parse("2026-11-25T10:00:00.123Z");

    private SampleRecords() {
    }

    public static TouchpointEvent orderEvent() {
        return TouchpointEvent.newBuilder()
                .setEventId("pos-42")
                .setSource(SourceSystem.POS)
                .setSourceRecordId("c-7")
                .setChannel(Channel.STORE)
                .setEventType("order_placed")
                .setEventTime(T0)
                .setIdentifiers(Identifiers.newBuilder().setEmail("jane@example.com").setPosCustomerId("P-1").build())
                .setPerson(PersonAttributes.newBuilder().setFirstName("Jane").setLastName("Doe")
                        .setAddress(PostalAddress.newBuilder().setCity("Lyon").setCountry("FR").build()).build())
                .setPayload(Order.newBuilder().setOrderId("o-1").setStatus(OrderStatus.PAID).setTotal(59.9)
                        .setLines(List.of(
                                OrderLine.newBuilder().setSku("sku-1").setQuantity(2).setUnitPrice(29.95).build()))
                        .build())
                .build();
    }

    public static CustomerProfile profile() {
        Lineage lineage = Lineage.newBuilder().setSource(SourceSystem.CRM).setEventId("crm-1").setEventTime(T0).build();
        CustomerProfile profile = Profiles.empty("cust-1", T0);
        profile.setUpdatedAt(T0.plusSeconds(60));
        profile.setAttributes(new java.util.HashMap<>(Map.of("lastName",
                GoldenValue.newBuilder().setValue("Doe").setLineage(lineage).build())));
        profile.setIdentifiers(new java.util.ArrayList<>(List.of(IdentifierRef.newBuilder().setType("email")
                .setValue("jane@example.com").setSource(SourceSystem.CRM).setFirstSeen(T0).setLastSeen(T0).build())));
        profile.setEventCount(3);
        profile.setEventsBySource(new java.util.HashMap<>(Map.of("CRM", 3L)));
        profile.getCommerce().setOrderCount(1);
        profile.getCommerce().setRevenue(59.9);
        profile.getCommerce().setCurrency("EUR");
        profile.getCommerce().setLastPurchaseAt(T0);
        profile.getWeb().setPageViews(4);
        profile.setLastChannel(Channel.WEB);
        profile.setConsents(new java.util.HashMap<>(Map.of("marketing:email",
                ConsentState.newBuilder().setGranted(true).setLineage(lineage).build())));
        profile.setMergedFrom(new java.util.ArrayList<>(List.of("cust-9")));
        return profile;
    }

    public static ProfileChanged profileChanged() {
        return ProfileChanged.newBuilder()
                .setCustomerId("cust-1")
                .setChangeType(ChangeType.UPDATED)
                .setChangeTime(T0)
                .setCauseEventId("pos-42")
                .setChangedFields(List.of(
                        FieldChange.newBuilder().setField("attributes.lastName").setNewValue("Doe").build()))
                .setProfile(profile())
                .build();
    }

    public static DeadLetter deadLetter() {
        return DeadLetter.newBuilder()
                .setSourceTopic("touchpoints")
                .setSourcePartition(2)
                .setSourceOffset(17L)
                .setOriginalKey(ByteBuffer.wrap("k".getBytes(StandardCharsets.UTF_8)))
                .setOriginalValue(ByteBuffer.wrap(new byte[] {1, 2, 3}))
                .setErrorType("DECODE")
                .setReason("empty record value")
                .setFailedAt(T0)
                .build();
    }

    public static CustomerMerged customerMerged() {
        return CustomerMerged.newBuilder()
                .setRetiredId("cust-9")
                .setSurvivorId("cust-1")
                .setMergedAt(T0)
                .setRule("shared-identifier")
                .setEvidence(Map.of("email", "jane@example.com"))
                .setCauseEventId("pos-42")
                .build();
    }

    public static List<CustomerCommand> customerCommands() {
        return List.of(
                CustomerCommand.newBuilder().setCustomerId("cust-1")
                        .setCommand(PutContribution.newBuilder().setRecordKey("CRM:1").setContribution(profile())
                                .setReason("merge").setFromCustomerId("cust-9").setCauseEventId("pos-42").build())
                        .build(),
                CustomerCommand.newBuilder().setCustomerId("cust-9")
                        .setCommand(WithdrawContribution.newBuilder().setRecordKey("CRM:1").setMovedTo("cust-1")
                                .setRetired(true).build())
                        .build());
    }

    public static List<RecordCommand> recordCommands() {
        return List.of(
                RecordCommand.newBuilder().setRecordKey("POS:1").setCustomerId("cust-1")
                        .setCommand(ApplyEvent.newBuilder().setEvent(orderEvent()).build()).build(),
                RecordCommand.newBuilder().setRecordKey("POS:1").setCustomerId("cust-1")
                        .setCommand(AssignRecord.newBuilder().setReason("merge").setFromCustomerId("cust-9")
                                .setRetiredFrom(true).build())
                        .build());
    }
}
