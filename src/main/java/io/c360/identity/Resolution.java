package io.c360.identity;

import java.util.List;

import io.c360.avro.CustomerMerged;

/** The outcome of resolving one event: the live customer it belongs to and the merges it caused. */
public record Resolution(String customerId, boolean newCustomer, List<CustomerMerged> merges) {
}
