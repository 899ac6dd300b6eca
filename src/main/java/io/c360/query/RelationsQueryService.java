package io.c360.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.c360.avro.Account;
import io.c360.avro.CustomerProfile;
import io.c360.avro.Household;
import io.c360.topology.StoreNames;

/**
 * Households and B2B accounts, with the account hierarchy: the parents up to the ultimate parent, and
 * roll-ups over every account below. Each account lives on the instance that owns its id, so a walk asks
 * each owner in turn; walks are bounded so a cycle in the CRM's data cannot hang a request.
 */
public final class RelationsQueryService {
    static final int MAX_DEPTH = 10;
    static final int MAX_ACCOUNTS = 1_000;

    private final StoreRecords records;
    private final ProfileQueryService profiles;

    public RelationsQueryService(StoreRecords records, ProfileQueryService profiles) {
        this.records = records;
        this.profiles = profiles;
    }

    /**
     * The profiles of a household's members or an account's contacts, by customer id: households and accounts
     * keep no personal data, so names and addresses are read from the profiles when they are served. A member
     * whose profile is gone (erased a moment ago) is left out.
     */
    public Map<String, CustomerProfile> profilesOf(Collection<String> customerIds) {
        Map<String, CustomerProfile> found = new LinkedHashMap<>();
        for (String id : customerIds) {
            profiles.profile(id).ifPresent(profile -> found.put(id, profile));
        }
        return found;
    }

    public Optional<Household> household(String id) {
        return records.get(StoreNames.HOUSEHOLDS, id, Household.class);
    }

    public Optional<Account> account(String id) {
        return records.get(StoreNames.ACCOUNTS, id, Account.class);
    }

    /** The parents of an account, nearest first; the last is the ultimate parent. */
    public List<Account> ancestors(Account account) {
        List<Account> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(account.getAccountId()));
        String parentId = account.getParentAccountId();
        while (parentId != null && seen.add(parentId) && chain.size() < MAX_DEPTH) {
            Optional<Account> parent = account(parentId);
            if (parent.isEmpty()) {
                break;
            }
            chain.add(parent.get());
            parentId = parent.get().getParentAccountId();
        }
        return chain;
    }

    /** Every account below this one (breadth first, bounded), not including itself. */
    public List<Account> descendants(Account account) {
        List<Account> below = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(account.getAccountId()));
        Deque<Account> queue = new ArrayDeque<>(List.of(account));
        while (!queue.isEmpty() && below.size() < MAX_ACCOUNTS) {
            for (String childId : queue.poll().getChildAccountIds()) {
                if (seen.add(childId)) {
                    account(childId).ifPresent(child -> {
                        below.add(child);
                        queue.add(child);
                    });
                }
            }
        }
        return below;
    }
}
