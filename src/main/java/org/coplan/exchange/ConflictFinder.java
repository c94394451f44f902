package org.coplan.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.UUID;
import org.coplan.service.ChangeRecord;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
import org.coplan.service.sync.SyncConflict;

/**
 * Finds the conflicts that new changes of one entity cause against what is held (ADR 0008): an update made
 * without knowledge of the field's current deciding change, or an update of an entity that is deleted.
 * Only updates are examined; the values themselves follow from {@link EntityState} either way.
 */
final class ConflictFinder {

    private final Supplier<UUID> ids;

    ConflictFinder(Supplier<UUID> ids) {
        this.ids = ids;
    }

    /**
     * @param held     the entity's changes held before this import, in stamp order
     * @param incoming its new changes, in stamp order
     */
    List<SyncConflict> find(List<Change> held, List<Change> incoming) {
        List<Change> known = new ArrayList<>(held);
        Set<ChangeId> superseded = new HashSet<>();
        held.forEach(change -> addPrior(superseded, change));
        incoming.forEach(change -> addPrior(superseded, change));
        List<SyncConflict> conflicts = new ArrayList<>();
        for (Change change : incoming) {
            if (change.kind() == ChangeRecord.Kind.UPDATE && !superseded.contains(change.id())) {
                Change tombstone = known.stream().filter(c -> c.kind() == ChangeRecord.Kind.DELETE).findFirst()
                        .orElse(null);
                if (tombstone != null) {
                    conflicts.add(conflict(change, tombstone, change));
                } else {
                    Change decider = decider(known, change.field());
                    if (decider != null && !decider.id().equals(change.prior())
                            && !Objects.equals(valueOf(decider, change.field()), change.value())) {
                        Change winner = change.isAfter(decider) ? change : decider;
                        Change loser = winner == change ? decider : change;
                        conflicts.add(conflict(change, winner, loser));
                    }
                }
            }
            known.add(change);
            known.sort(Change.STAMP_ORDER);
        }
        return conflicts;
    }

    private static void addPrior(Set<ChangeId> superseded, Change change) {
        if (change.prior() != null) {
            superseded.add(change.prior());
        }
    }

    /** The change that decides {@code field} now: its latest update, else the insert. */
    private static Change decider(List<Change> known, String field) {
        Change decider = null;
        for (Change change : known) {
            if (change.kind() == ChangeRecord.Kind.INSERT
                    || change.kind() == ChangeRecord.Kind.UPDATE && change.field().equals(field)) {
                decider = change;
            }
        }
        return decider;
    }

    /** Two people who typed the same value do not disagree: no conflict to show. */
    private static String valueOf(Change change, String field) {
        return change.kind() == ChangeRecord.Kind.INSERT ? change.insertedValues().get(field) : change.value();
    }

    private SyncConflict conflict(Change about, Change winner, Change loser) {
        String loserValue = valueOf(loser, about.field());
        return new SyncConflict(ids.get(), about.entityType(), about.entityId(), about.field(), winner.id(),
                loser.id(), loserValue);
    }
}
