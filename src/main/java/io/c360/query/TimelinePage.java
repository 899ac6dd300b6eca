package io.c360.query;

import java.util.List;

/**
 * One page of a customer's interactions, newest first, and the cursor of the next page (null at the end).
 *
 * @param entries each with the customer id it was recorded under (a merged customer's timeline spans ids)
 */
public record TimelinePage(List<TimelineEntry> entries, String nextCursor) {
}
