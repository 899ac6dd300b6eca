package io.c360.identity.engine;

import java.util.Set;

/**
 * What erasing a customer forgot.
 *
 * @param customerId  the erased customer
 * @param records     its source record keys, now gone from every identity table
 * @param retiredIds  customer ids that had been merged into it, gone too
 * @param identifiers its identifier keys (type:value), so later arrivals of them can be recognised
 * @param reviewPairs the review items its records were in, now deleted
 * @param relinked    what other customers gained when identifiers it shared came back under their caps
 * @param givenNames  the given and middle names its records held, standardized, for the erasure receipt
 * @param familyNames the family names its records held
 */
public record Erasure(String customerId, Set<String> records, Set<String> retiredIds, Set<String> identifiers,
                      Set<String> reviewPairs, Resolution relinked, Set<String> givenNames, Set<String> familyNames) {
}
