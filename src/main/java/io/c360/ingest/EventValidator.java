package io.c360.ingest;

import io.c360.avro.Order;
import io.c360.avro.OrderLine;
import io.c360.avro.ServiceInteraction;
import io.c360.avro.SocialInteraction;
import io.c360.avro.AccountUpdate;
import io.c360.avro.TouchpointEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;

/**
 * Checks a decoded event against what the Avro schema cannot express: required text present and
 * bounded, a plausible event time, at least one identifier (except for account updates), sane amounts
 * and scores. Returns every
 * problem at once, so one dead letter tells the sender all that is wrong.
 */
public final class EventValidator {

    public static final int MAX_ID_LENGTH = 200;
    public static final int MAX_STRING_LENGTH = 2_000;
    public static final int MAX_FREE_TEXT_LENGTH = 10_000;
    public static final Instant EARLIEST_EVENT_TIME = Instant.parse("2000-01-01T00:00:00Z");
    public static final Duration MAX_CLOCK_SKEW = Duration.ofDays(1);

    private static final Set<String> FREE_TEXT_FIELDS = Set.of("note", "text", "url");
    private static final Map<String, Integer> LIMIT_BY_PATH =
            Map.of("eventId", MAX_ID_LENGTH, "eventType", MAX_ID_LENGTH);

    private final SpecificData model = SpecificData.getForClass(TouchpointEvent.class);

    /** Every problem of {@code event}, empty when it is valid; {@code now} bounds the event time. */
    public List<String> problems(TouchpointEvent event, Instant now) {
        List<String> problems = new ArrayList<>();
        requireText("eventId", event.getEventId(), problems);
        requireText("eventType", event.getEventType(), problems);
        checkEventTime(event.getEventTime(), now, problems);
        if (!(event.getPayload() instanceof AccountUpdate)) {
            // an account update is about a company, not a person: it carries no person identifiers
            checkIdentifiers(event.getIdentifiers(), problems);
        } else if (((AccountUpdate) event.getPayload()).getAccountId().isBlank()) {
            problems.add("payload.accountId is blank");
        }
        checkStringLengths(event, event.getSchema(), "", null, problems);
        checkPayload(event.getPayload(), problems);
        return problems;
    }

    private static void requireText(String name, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(name + " is blank");
        }
    }

    private static void checkEventTime(Instant eventTime, Instant now, List<String> problems) {
        if (eventTime == null) {
            problems.add("eventTime is missing");
        } else if (!eventTime.isAfter(EARLIEST_EVENT_TIME)) {
            problems.add("eventTime " + eventTime + " is not after " + EARLIEST_EVENT_TIME);
        } else if (eventTime.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            problems.add("eventTime " + eventTime + " is more than 1 day after now (" + now + ")");
        }
    }

    private static void checkIdentifiers(IndexedRecord identifiers, List<String> problems) {
        boolean any = identifiers != null && identifiers.getSchema().getFields().stream()
                .map(field -> identifiers.get(field.pos()))
                .anyMatch(value -> value instanceof CharSequence text && !text.toString().isBlank());
        if (!any) {
            problems.add("identifiers: none given, at least one non-blank identifier is required");
        }
    }

    /** Walks the whole event, so fields added to the schema later are bounded too. */
    private void checkStringLengths(Object value, Schema schema, String path, String fieldName,
                                                                    List<String> problems) {
        if (value == null) {
            return;
        }
        switch (schema.getType()) {
            case RECORD -> {
                IndexedRecord record = (IndexedRecord) value;
                for (Schema.Field field : schema.getFields()) {
                    checkStringLengths(record.get(field.pos()), field.schema(), child(path, field.name()), field.name(),
                            problems);
                }
            }
            case UNION -> checkStringLengths(value, schema.getTypes().get(model.resolveUnion(schema, value)), path,
                    fieldName, problems);
            case ARRAY -> {
                int i = 0;
                for (Object item : (Iterable<?>) value) {
                    checkStringLengths(item, schema.getElementType(), path + "[" + i++ + "]", fieldName, problems);
                }
            }
            case MAP -> ((Map<?, ?>) value).forEach((key, item) -> {
                checkLength(child(path, "<key>"), key.toString(), MAX_STRING_LENGTH, problems);
                checkStringLengths(item, schema.getValueType(), child(path, key.toString()), fieldName, problems);
            });
            case STRING -> checkLength(path, value.toString(), limit(path, fieldName), problems);
            default -> {
                // numbers, booleans, enums and bytes carry no unbounded text
            }
        }
    }

    private static int limit(String path, String fieldName) {
        return LIMIT_BY_PATH.getOrDefault(path,
                FREE_TEXT_FIELDS.contains(fieldName) ? MAX_FREE_TEXT_LENGTH : MAX_STRING_LENGTH);
    }

    private static void checkLength(String path, String text, int limit, List<String> problems) {
        if (text.length() > limit) {
            problems.add(path + " has " + text.length() + " characters, more than " + limit);
        }
    }

    private static void checkPayload(Object payload, List<String> problems) {
        if (payload instanceof Order order) {
            requireAmount("payload.total", order.getTotal(), problems);
            List<OrderLine> lines = order.getLines() == null ? List.of() : order.getLines();
            for (int i = 0; i < lines.size(); i++) {
                OrderLine line = lines.get(i);
                requireAmount("payload.lines[" + i + "].unitPrice", line.getUnitPrice(), problems);
                if (line.getQuantity() < 1) {
                    problems.add("payload.lines[" + i + "].quantity must be at least 1, got " + line.getQuantity());
                }
            }
        } else if (payload instanceof ServiceInteraction service) {
            Integer satisfaction = service.getSatisfaction();
            if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
                problems.add("payload.satisfaction must be 1..5, got " + satisfaction);
            }
        } else if (payload instanceof SocialInteraction social) {
            Double sentiment = social.getSentiment();
            if (sentiment != null && !(sentiment >= -1 && sentiment <= 1)) {
                problems.add("payload.sentiment must be between -1 and 1, got " + sentiment);
            }
        }
    }

    private static void requireAmount(String path, double amount, List<String> problems) {
        if (!Double.isFinite(amount) || amount < 0) {
            problems.add(path + " must be a finite number >= 0, got " + amount);
        }
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
