package io.c360.bench;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import io.c360.avro.Channel;
import io.c360.avro.Identifiers;
import io.c360.avro.Order;
import io.c360.avro.OrderLine;
import io.c360.avro.OrderStatus;
import io.c360.avro.PageView;
import io.c360.avro.PersonAttributes;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;

/**
 * Touchpoints for load and failure runs, deterministic for a seed: customer {@code i} signs up in the CRM
 * (CRM id and e-mail), then shops (web-shop orders under the same e-mail and a shop account) and browses
 * (page views under the e-mail and a cookie). Activity comes in sessions: after an event, the next one is of
 * the same customer with probability {@value #SESSION_CONTINUES}, as a visitor clicks through a shop. Every identifier belongs to one customer, so resolution never
 * merges and each event changes exactly one profile: the expected totals follow from the events alone.
 * Unlike the demo generator nothing is held in memory, so a run can cover a million customers.
 */
public final class BenchEvents {
    private static final String[] FIRST = {"Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo"};
    private static final String[] SYLLABLES = {"ka", "to", "mi", "re", "su", "lo", "na", "pe", "di", "vu", "ra",
        "so", "ne", "bi", "gu", "fa"};
    /** Odd, so multiplying by it permutes the longs: distinct customers get unrelated-looking identifiers. */
    private static final long SCRAMBLE = 0x9E3779B97F4A7C15L;
    private static final double ORDER_SHARE = 0.5;
    private static final double SESSION_CONTINUES = 0.6;

    private final Random random;
    /** The shop and web records seen so far: bit {@code 2 * customer} (orders) and {@code 2 * customer + 1}. */
    private final BitSet recordsSeen = new BitSet();
    private long sequence;
    private long firstEventsOfRecords;
    private int sessionCustomer = -1;

    public BenchEvents(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The e-mail that identifies customer {@code customer} in every event. Scrambled rather than numbered:
     * customer6@ and customer62@ are one edit apart, and fuzzy matching would rightly call them one person.
     */
    public static String email(int customer) {
        return "u" + Long.toUnsignedString(customer * SCRAMBLE, 36) + "@bench.c360.example.com";
    }

    /** A surname no other customer has, pronounceable so name standardization treats it as a name. */
    static String lastName(int customer) {
        StringBuilder name = new StringBuilder();
        for (long rest = Integer.toUnsignedLong((int) ((customer + 1) * SCRAMBLE)); rest > 0; rest >>>= 4) {
            name.append(SYLLABLES[(int) (rest & 15)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The input topic suffix (source name) of an event. */
    public static String source(TouchpointEvent event) {
        return event.getSource().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Customer {@code customer} appears for the first time: a CRM master record. */
    public TouchpointEvent signUp(int customer, Instant at) {
        return base(SourceSystem.CRM, Channel.BACKOFFICE, "customer_created", at)
            .setSourceRecordId("CRM-" + customer)
            .setIdentifiers(Identifiers.newBuilder().setCrmId("CRM-" + customer).setEmail(email(customer)).build())
            .setPerson(PersonAttributes.newBuilder()
                .setFirstName(FIRST[customer % FIRST.length]).setLastName(lastName(customer)).build())
            .build();
    }

    /**
     * The first order and the first page view of customer {@code customer}: with its sign-up, every source record
     * the customer will ever have exists, so later activity is all of known records.
     */
    public List<TouchpointEvent> firstActivities(int customer, Instant at) {
        return List.of(activityOf(customer, at, true), activityOf(customer, at, false));
    }

    /** An order or a page view of a customer below {@code customers}: the session's, or a random one's. */
    public TouchpointEvent activity(int customers, Instant at) {
        if (sessionCustomer < 0 || sessionCustomer >= customers || random.nextDouble() >= SESSION_CONTINUES) {
            sessionCustomer = random.nextInt(customers);
        }
        return activityOf(sessionCustomer, at);
    }

    /**
     * How many activity events so far were the first of their source record (a customer's first order or first
     * page view). Such an event costs more than one on a known record: identity creates the record and links it,
     * and the customer stage gains a contribution. At a fixed batch size their share grows with the customer
     * base, so it tells whether two sizes measured the same work.
     */
    public long firstEventsOfRecords() {
        return firstEventsOfRecords;
    }

    /** An order or a page view of customer {@code customer}. */
    public TouchpointEvent activityOf(int customer, Instant at) {
        return activityOf(customer, at, random.nextDouble() < ORDER_SHARE);
    }

    private TouchpointEvent activityOf(int customer, Instant at, boolean isOrder) {
        int record = 2 * customer + (isOrder ? 0 : 1);
        if (!recordsSeen.get(record)) {
            recordsSeen.set(record);
            firstEventsOfRecords++;
        }
        if (isOrder) {
            double total = (100 + random.nextInt(50_000)) / 100.0;
            Order order = Order.newBuilder().setOrderId("O-" + (sequence + 1)).setStatus(OrderStatus.PLACED)
                .setCurrency("EUR").setTotal(total)
                .setLines(List.of(OrderLine.newBuilder().setSku("SKU-" + random.nextInt(500))
                    .setQuantity(1).setUnitPrice(total).build()))
                .build();
            return base(SourceSystem.ECOMMERCE, Channel.WEB, "order_placed", at)
                .setIdentifiers(Identifiers.newBuilder().setEmail(email(customer)).setEcommerceId("E-" + customer)
                    .build())
                .setPayload(order).build();
        }
        return base(SourceSystem.WEB, Channel.WEB, "page_view", at)
            .setIdentifiers(Identifiers.newBuilder().setEmail(email(customer)).setCookieId("ck-" + customer).build())
            .setPayload(PageView.newBuilder().setUrl("https://shop.example.com/p/" + random.nextInt(500))
                .setCategory("shoes").build())
            .build();
    }

    private TouchpointEvent.Builder base(SourceSystem source, Channel channel, String type, Instant at) {
        sequence++;
        return TouchpointEvent.newBuilder()
            .setEventId("bench-" + sequence)
            .setSource(source)
            .setChannel(channel)
            .setEventType(type)
            .setEventTime(at);
    }
}
