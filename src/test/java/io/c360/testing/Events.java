package io.c360.testing;

import java.time.Instant;
import java.util.List;

import io.c360.avro.Channel;
import io.c360.avro.Identifiers;
import io.c360.avro.Order;
import io.c360.avro.OrderLine;
import io.c360.avro.OrderStatus;
import io.c360.avro.PersonAttributes;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;

/** Builders of touchpoint events for tests. */
public final class Events {
    public static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private Events() {
    }

    public static TouchpointEvent.Builder event(String id, SourceSystem source, Instant at) {
        return TouchpointEvent.newBuilder()
            .setEventId(id)
            .setSource(source)
            .setChannel(Channel.OTHER)
            .setEventType("customer_updated")
            .setEventTime(at)
            .setIdentifiers(Identifiers.newBuilder().build());
    }

    public static Identifiers.Builder ids() {
        return Identifiers.newBuilder();
    }

    public static PersonAttributes person(String first, String last) {
        return PersonAttributes.newBuilder().setFirstName(first).setLastName(last).build();
    }

    public static Order order(String orderId, double total) {
        return Order.newBuilder()
            .setOrderId(orderId)
            .setStatus(OrderStatus.PLACED)
            .setCurrency("EUR")
            .setTotal(total)
            .setLines(List.of(OrderLine.newBuilder().setSku("SKU-1").setUnitPrice(total).setQuantity(1).build()))
            .build();
    }

    public static Order returned(String orderId, double total) {
        Order o = order(orderId, total);
        o.setStatus(OrderStatus.RETURNED);
        return o;
    }
}
