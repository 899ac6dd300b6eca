package io.c360.identity.match;

/**
 * Compares one field of two records. Both values are present and standardized; the result is a level name
 * of the field's Fellegi-Sunter configuration (exact, jw-high, different, ...).
 */
public interface FieldComparator {
    String DIFFERENT = "different";
    String EXACT = "exact";

    String compare(String left, String right);
}
