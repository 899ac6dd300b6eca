package io.c360.query;

import java.util.List;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.CustomerProfile;
import io.c360.avro.IdentityRecord;

/** What c360 knows about who a customer is: its profile, its source records and the links between them. */
public record IdentityView(CustomerProfile profile, CustomerIdentity identity, List<IdentityRecord> records) {
}
