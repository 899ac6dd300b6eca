package io.c360.identity.batch;

import java.util.Map;

/** One input record: its id, its source and its raw field values (several columns of one field joined). */
public record InputRow(String recordId, String source, Map<String, String> fields, long lineNumber) {
}
