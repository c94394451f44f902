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
import org.coplan.service.sync.ConflictKind;
import org.coplan.service.sync.SyncConflict;
import org.coplan.service.sync.VersionVector;

/**
 * Finds the conflicts that new changes of one entity cause against what is held (ADR 0008): an update made
 * without knowledge of the field's current deciding change, or an update and a delete made without knowledge
 * of each other (in either order of arrival). The values themselves follow from {@link EntityState} either way.
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
        Set<ChangeId> superseded = new HashSet<>();
        held.forEach(change -> addPrior(superseded, change));
        incoming.forEach(change -> addPrior(superseded, change));
        List<Change> deletes = new ArrayList<>();
        held.stream().filter(ConflictFinder::isDelete).forEach(deletes::add);
        incoming.stream().filter(ConflictFinder::isDelete).forEach(deletes::add);
        if (!deletes.isEmpty()) {
            return editsOfDeleted(held, incoming, deletes, superseded);
        }
        List<Change> known = new ArrayList<>(held);
        List<SyncConflict> conflicts = new ArrayList<>();
        for (Change change : incoming) {
            if (change.kind() == ChangeRecord.Kind.UPDATE && !superseded.contains(change.id())) {
                Change decider = decider(known, change.field());
                if (decider != null && !decider.id().equals(change.prior())
                        && !Objects.equals(valueOf(decider, change.field()), change.value())) {
                    Change winner = change.isAfter(decider) ? change : decider;
                    Change loser = winner == change ? decider : change;
                    conflicts.add(conflict(change.field(), change, winner, loser));
                }
            }
            known.add(change);
            known.sort(Change.STAMP_ORDER);
        }
        return conflicts;
    }

    /**
     * The delete wins, and every last edit that no delete was made knowing of is kept as a conflict: whichever
     * side arrives second, the pair is examined once, when the later of the two comes in.
     */
    private List<SyncConflict> editsOfDeleted(List<Change> held, List<Change> incoming, List<Change> deletes,
                                              Set<ChangeId> superseded) {
        boolean deleteIsNew = incoming.stream().anyMatch(ConflictFinder::isDelete);
        List<Change> edits = new ArrayList<>(incoming);
        if (deleteIsNew) {
            edits.addAll(held);
        }
        deletes.sort(Change.STAMP_ORDER);
        List<SyncConflict> conflicts = new ArrayList<>();
        for (Change edit : edits) {
            if (edit.kind() == ChangeRecord.Kind.UPDATE && !superseded.contains(edit.id())
                    && deletes.stream().noneMatch(delete -> knew(delete, edit))) {
                conflicts.add(conflict(ConflictKind.EDIT_OF_DELETED.fieldName(edit.field()), edit, deletes.getFirst(),
                        edit));
            }
        }
        return conflicts;
    }

    /**
     * Whether {@code delete} was made by a replica that held {@code edit}: its own earlier change, or one within
     * what it had seen (the delete's value, ADR 0008). A delete without that record counts as knowing every
     * change stamped before it.
     */
    static boolean knew(Change delete, Change edit) {
        if (delete.id().replica().equals(edit.id().replica())) {
            return edit.id().seq() < delete.id().seq();
        }
        VersionVector seen = VersionVector.parse(delete.value());
        return seen != null ? seen.get(edit.id().replica()) >= edit.id().seq() : delete.isAfter(edit);
    }

    private static boolean isDelete(Change change) {
        return change.kind() == ChangeRecord.Kind.DELETE;
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

    private SyncConflict conflict(String fieldName, Change about, Change winner, Change loser) {
        String loserValue = valueOf(loser, about.field());
        return new SyncConflict(ids.get(), about.entityType(), about.entityId(), fieldName, winner.id(),
                loser.id(), loserValue);
    }
}
