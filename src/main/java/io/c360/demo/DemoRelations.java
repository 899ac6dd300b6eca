package io.c360.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.c360.avro.AccountUpdate;
import io.c360.avro.Channel;
import io.c360.avro.CustomerMasterUpdate;
import io.c360.avro.Identifiers;
import io.c360.avro.SourceSystem;
import io.c360.avro.TouchpointEvent;

/**
 * The B2B side and the families of the demo, from the CRM: two company hierarchies, some people as their
 * contacts, and households the CRM declares for people who share a family name. Deterministic for a set of
 * people, so the demo shows the same accounts every time.
 */
public final class DemoRelations {
    static final List<AccountUpdate> ACCOUNTS = List.of(
        new AccountUpdate("ACC-NORTHWIND", "Northwind Holding", null, "wholesale", "US", "active"),
        new AccountUpdate("ACC-NORTHWIND-EU", "Northwind Europe", "ACC-NORTHWIND", "wholesale", "NL", "active"),
        new AccountUpdate("ACC-NORTHWIND-DE", "Northwind Deutschland", "ACC-NORTHWIND-EU", "wholesale", "DE", "active"),
        new AccountUpdate("ACC-CONTOSO", "Contoso Group", null, "retail", "GB", "active"),
        new AccountUpdate("ACC-CONTOSO-RETAIL", "Contoso Retail", "ACC-CONTOSO", "retail", "GB", "active"));
    private static final int CONTACT_EVERY = 10;

    private DemoRelations() {
    }

    /** The CRM events: accounts first, then one master update per contact or household member. */
    public static List<GeneratedTouchpoint> events(List<SyntheticPerson> people, Instant at) {
        List<GeneratedTouchpoint> events = new ArrayList<>();
        int seq = 0;
        for (AccountUpdate account : ACCOUNTS) {
            events.add(new GeneratedTouchpoint(null, "crm", envelope("crm-account-" + (++seq), at,
                Identifiers.newBuilder().build(), "account_updated", account)));
        }
        Map<String, String> households = declaredHouseholds(people);
        List<SyntheticPerson> crmPeople = people.stream().filter(p -> p.accounts().crmId() != null)
            .sorted(Comparator.comparing(SyntheticPerson::personId)).toList();
        for (int i = 0; i < crmPeople.size(); i++) {
            SyntheticPerson p = crmPeople.get(i);
            String account = i % CONTACT_EVERY == 0 ? ACCOUNTS.get((i / CONTACT_EVERY) % ACCOUNTS.size()).getAccountId()
                : null;
            String household = households.get(p.personId());
            if (account != null || household != null) {
                Identifiers ids = Identifiers.newBuilder().setCrmId(p.accounts().crmId()).setEmail(p.email()).build();
                events.add(new GeneratedTouchpoint(p.personId(), "crm", envelope("crm-relation-" + (++seq), at, ids,
                    "customer_updated", new CustomerMasterUpdate("active", account, household))));
            }
        }
        return events;
    }

    /** People of the CRM sharing a family name, paired up: each pair is declared one household. */
    static Map<String, String> declaredHouseholds(List<SyntheticPerson> people) {
        Map<String, List<SyntheticPerson>> byFamily = new TreeMap<>();
        people.stream().filter(p -> p.accounts().crmId() != null && p.kind() == SyntheticPerson.Kind.FULL)
            .sorted(Comparator.comparing(SyntheticPerson::personId))
            .forEach(p -> byFamily.computeIfAbsent(p.name().last(), k -> new ArrayList<>()).add(p));
        Map<String, String> households = new TreeMap<>();
        int n = 0;
        for (List<SyntheticPerson> family : byFamily.values()) {
            for (int i = 0; i + 1 < family.size(); i += 2) {
                String id = String.format("HH-%04d", ++n);
                households.put(family.get(i).personId(), id);
                households.put(family.get(i + 1).personId(), id);
            }
        }
        return households;
    }

    private static TouchpointEvent envelope(String eventId, Instant at, Identifiers ids, String type, Object payload) {
        return TouchpointEvent.newBuilder()
            .setEventId(eventId)
            .setSource(SourceSystem.CRM)
            .setSourceRecordId(ids.getCrmId())
            .setChannel(Channel.BACKOFFICE)
            .setEventType(type)
            .setEventTime(at)
            .setIdentifiers(ids)
            .setPayload(payload)
            .build();
    }
}
