package io.c360.identity.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.c360.avro.CustomerIdentity;
import io.c360.avro.IndexEntry;
import io.c360.avro.LinkDecision;
import io.c360.identity.IdentifierHolder;
import io.c360.identity.IdentityRules;
import io.c360.identity.match.PairDecider;
import io.c360.identity.match.PairScorer;

/**
 * Which customers one erasure reaches. A person's records can sit on several customers at the moment she asks to be
 * forgotten: a split separated them, or a merge is refused or not decided yet. So an erasure reaches the customer it
 * names and every other customer holding a record that carries the identifier (by identifier), or one of the
 * customer's strong identifiers (by customer id), when the identity engine's own pair rule would link that record
 * with one of the named customer's records carrying the same value. The pair rule keeps the people a value does not
 * identify out: a household e-mail or landline with a clearly different given name goes to review, not match; a weak
 * identifier never matches on its own; and an overshared value (past its cap) pulls in nobody.
 */
final class ErasureScope {
    private final IdentityState state;
    private final IdentityRules rules;
    private final RecordIndex index;
    private final Views views;
    private final PairScorer scorer;
    private final PairDecider decider;

    ErasureScope(IdentityState state, IdentityRules rules, RecordIndex index, Views views, PairScorer scorer,
                 PairDecider decider) {
        this.state = state;
        this.rules = rules;
        this.index = index;
        this.views = views;
        this.scorer = scorer;
        this.decider = decider;
    }

    /**
     * The customer the identifier names (see {@link IdentifierHolder}) first, then the others it reaches.
     *
     * @throws ErasureRefused when no record carries it, when it is overshared (a value past its cap names no one
     *                        person), or when customers the engine would not match to each other hold it (a family's
     *                        landline): erasing one of them would be a guess, so the requester must name the customer
     */
    Set<String> ofIdentifier(String identifierKey) {
        IndexEntry entry = state.index().get(BlockingKeys.IDENTIFIER_PREFIX + identifierKey);
        if (entry == null) {
            throw new ErasureRefused("no customer holds the identifier it names");
        }
        if (entry.getSaturated()) {
            throw new ErasureRefused("so many records carry the identifier that it names no one person");
        }
        Optional<String> named = IdentifierHolder.of(entry.getMembers(), state.assignments()::get);
        if (named.isEmpty()) {
            throw new ErasureRefused("no customer holds the identifier it names");
        }
        Set<String> scope = new LinkedHashSet<>(List.of(named.get()));
        scope.addAll(sharers(named.get(), identifierKey));
        Set<String> holders = new LinkedHashSet<>();
        entry.getMembers().stream().map(state.assignments()::get).filter(java.util.Objects::nonNull)
            .forEach(holders::add);
        holders.removeAll(scope);
        if (!holders.isEmpty()) {
            throw new ErasureRefused((scope.size() + holders.size()) + " customers hold the identifier who are not the "
                + "same person (a shared mailbox or landline): name the customer to erase by its id");
        }
        return scope;
    }

    /** The (live) customer first, then every customer one of its strong identifiers reaches. */
    Set<String> ofCustomer(String customerId) {
        Set<String> scope = new LinkedHashSet<>(List.of(customerId));
        CustomerIdentity identity = state.customers().get(customerId);
        if (identity == null) {
            return scope;
        }
        Set<String> strong = new LinkedHashSet<>();
        for (String record : identity.getRecords()) {
            views.get(record).record().getIdentifiers().stream()
                .filter(key -> rules.rule(type(key)).strength() == IdentityRules.Strength.STRONG)
                .forEach(strong::add);
        }
        strong.forEach(key -> scope.addAll(sharers(customerId, key)));
        return scope;
    }

    /** Other customers with a record carrying the identifier that the engine would match to one of the customer's. */
    private Set<String> sharers(String customerId, String identifierKey) {
        IndexEntry entry = state.index().get(BlockingKeys.IDENTIFIER_PREFIX + identifierKey);
        Set<String> found = new LinkedHashSet<>();
        if (entry == null || entry.getSaturated()) {
            return found;
        }
        List<String> ours = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        for (String record : entry.getMembers()) {
            String holder = state.assignments().get(record);
            if (customerId.equals(holder)) {
                ours.add(record);
            } else if (holder != null) {
                theirs.add(record);
            }
        }
        for (String other : theirs) {
            String holder = state.assignments().get(other);
            if (!found.contains(holder) && ours.stream().anyMatch(record -> match(record, other))) {
                found.add(holder);
            }
        }
        return found;
    }

    /** The pair decision alone: cannot-links (a split) and the clustering around the pair do not count here. */
    private boolean match(String record, String other) {
        return decider.decide(scorer.score(views.get(record), views.get(other), index::linkable, false)).decision()
            == LinkDecision.MATCH;
    }

    private static String type(String identifierKey) {
        return identifierKey.substring(0, identifierKey.indexOf(':'));
    }
}
