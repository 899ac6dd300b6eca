package io.c360.identity.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one event or input line says about a source record: standardized attribute values (firstName, lastName,
 * birthDate as ISO date, street, city, postcode, country, nationalId, gender) and identifier keys (type:value),
 * junk already removed.
 *
 * @param recordKey SOURCE:recordId, see {@link RecordKeys}
 * @param causeId   the event or line that said it, for lineage of merges
 */
public record RecordUpdate(String recordKey, String source, Instant time, Map<String, String> attributes,
                           List<String> identifiers, String causeId) {
}
