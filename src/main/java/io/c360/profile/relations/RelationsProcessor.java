package io.c360.profile.relations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Objects;

import io.c360.avro.Account;
import io.c360.avro.AccountChange;
import io.c360.avro.AccountUpdate;
import io.c360.avro.ChildLink;
import io.c360.avro.Household;
import io.c360.avro.MembershipChange;
import io.c360.avro.RelationCommand;
import io.c360.avro.RelationKind;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Households and B2B accounts, partitioned by their own ids. Members join and leave as their profiles
 * change; what is kept of them is not personal (ids, counts, stage), as the changelog outlives an erasure; an account that names a new parent tells the old and the new parent (through the same topic,
 * keyed by the parent) so each account knows its children and hierarchy roll-ups can walk down.
 */
public final class RelationsProcessor implements Processor<String, RelationCommand, String, RelationCommand> {
    private final String householdsStore;
    private final String accountsStore;
    private final String relationsChild;
    private ProcessorContext<String, RelationCommand> context;
    private KeyValueStore<String, Household> households;
    private KeyValueStore<String, Account> accounts;

    public RelationsProcessor(String householdsStore, String accountsStore, String relationsChild) {
        this.householdsStore = householdsStore;
        this.accountsStore = accountsStore;
        this.relationsChild = relationsChild;
    }

    @Override
    public void init(ProcessorContext<String, RelationCommand> context) {
        this.context = context;
        this.households = context.getStateStore(householdsStore);
        this.accounts = context.getStateStore(accountsStore);
    }

    @Override
    public void process(Record<String, RelationCommand> record) {
        Object command = record.value().getCommand();
        Instant at = Instant.ofEpochMilli(record.timestamp());
        if (command instanceof MembershipChange change && change.getKind() == RelationKind.HOUSEHOLD) {
            household(change, at);
        } else if (command instanceof MembershipChange change) {
            Account account = accountOrStub(change.getObjectId(), at);
            if (change.getMember()) {
                account.getContacts().put(change.getSummary().getCustomerId(), change.getSummary());
            } else {
                account.getContacts().remove(change.getSummary().getCustomerId());
            }
            accounts.put(account.getAccountId(), account);
        } else if (command instanceof AccountChange change) {
            account(change.getUpdate(), change.getAt(), record.timestamp());
        } else if (command instanceof ChildLink link) {
            Account parent = accountOrStub(link.getParentId(), at);
            ArrayList<String> children = new ArrayList<>(parent.getChildAccountIds());
            children.remove(link.getChildId());
            if (link.getLinked()) {
                children.add(link.getChildId());
            }
            parent.setChildAccountIds(children);
            accounts.put(parent.getAccountId(), parent);
        } else {
            throw new IllegalStateException("unknown relation command " + command.getClass().getName());
        }
    }

    private void household(MembershipChange change, Instant at) {
        Household h = households.get(change.getObjectId());
        if (h == null) {
            h = new Household(change.getObjectId(), new HashMap<>(), at);
        }
        String customerId = change.getSummary().getCustomerId();
        if (change.getMember()) {
            h.getMembers().put(customerId, change.getSummary());
        } else {
            h.getMembers().remove(customerId);
        }
        h.setUpdatedAt(at);
        if (h.getMembers().isEmpty()) {
            households.delete(h.getHouseholdId());
        } else {
            households.put(h.getHouseholdId(), h);
        }
    }

    private void account(AccountUpdate update, Instant at, long timestamp) {
        Account account = accountOrStub(update.getAccountId(), at);
        String oldParent = account.getParentAccountId();
        String newParent = update.getAccountId().equals(update.getParentAccountId()) ? null
            : update.getParentAccountId();
        account.setName(update.getName() != null ? update.getName() : account.getName());
        account.setIndustry(update.getIndustry() != null ? update.getIndustry() : account.getIndustry());
        account.setCountry(update.getCountry() != null ? update.getCountry() : account.getCountry());
        account.setStatus(update.getStatus() != null ? update.getStatus() : account.getStatus());
        account.setParentAccountId(newParent);
        account.setUpdatedAt(at);
        accounts.put(account.getAccountId(), account);
        if (!Objects.equals(oldParent, newParent)) {
            if (oldParent != null) {
                link(oldParent, account.getAccountId(), false, timestamp);
            }
            if (newParent != null) {
                link(newParent, account.getAccountId(), true, timestamp);
            }
        }
    }

    private void link(String parentId, String childId, boolean linked, long timestamp) {
        context.forward(new Record<>(parentId, new RelationCommand(new ChildLink(parentId, childId, linked)),
            timestamp), relationsChild);
    }

    private Account accountOrStub(String accountId, Instant at) {
        Account account = accounts.get(accountId);
        return account != null ? account : Account.newBuilder().setAccountId(accountId)
            .setChildAccountIds(new ArrayList<>()).setContacts(new HashMap<>()).setUpdatedAt(at).build();
    }
}
