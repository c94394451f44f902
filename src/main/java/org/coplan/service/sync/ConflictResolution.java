package org.coplan.service.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.RoadmapPlan;
import org.coplan.service.ChangeRecord;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.port.UnfitValueException;

/**
 * The user's side of sync conflicts (ADR 0008): the open conflicts in the words of the plan (item, field, my
 * value, their value) and the decision to keep one of them, which is a new edit here that travels on in the next
 * package and closes the same conflict on the replicas that see it.
 *
 * <p>"Mine" is the side made on this replica when one of the two was; otherwise the side this plan shows now.
 */
public final class ConflictResolution {

    public enum Keep { MINE, THEIRS }

    /**
     * One open conflict as the Conflicts view and {@code conflicts list} show it.
     *
     * @param item         the record in words: a work item's WBS code and name, otherwise its name or title
     * @param mine         the value of my side; null when my side deleted the record or set the field empty
     * @param mineDeletes  my side is the delete of the record
     * @param theirsDeletes their side is the delete of the record
     * @param theirReplica the name of the replica that made their side
     * @param theirTime    when their side was made
     */
    public record OpenConflict(UUID id, String entityType, UUID entityId, String item, String field, String mine,
                               boolean mineDeletes, String theirs, boolean theirsDeletes, String theirReplica,
                               Instant theirTime) {
    }

    private final SyncDatabase sync;
    private final PlanDatabase plan;

    public ConflictResolution(SyncDatabase sync, PlanDatabase plan) {
        this.sync = Objects.requireNonNull(sync, "sync");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    private record Held(UUID local, Map<UUID, String> replicaNames, List<ConflictSides> open,
                        Map<UUID, String> names, Map<UUID, String> types) {
    }

    public List<OpenConflict> open() {
        Held held = sync.readSync(store -> {
            List<ConflictSides> open = store.conflictRecords().open();
            Map<UUID, String> replicaNames = new HashMap<>();
            store.replicas().forEach(replica -> replicaNames.put(replica.id(), replica.name()));
            Map<UUID, String> types = new HashMap<>();
            open.forEach(sides -> types.put(sides.conflict().entityId(), sides.conflict().entityType()));
            Map<UUID, String> names = new HashMap<>();
            types.forEach((id, type) -> store.rows(type, List.of(id)).values()
                    .forEach(row -> names.put(id, nameOf(row.fields()))));
            Set<UUID> gone = types.keySet().stream().filter(id -> !names.containsKey(id)).collect(Collectors.toSet());
            // a deleted record is named by the values its insert carried
            store.changesOf(gone).forEach((id, changes) -> changes.stream()
                    .filter(change -> change.kind() == ChangeRecord.Kind.INSERT).findFirst()
                    .ifPresent(insert -> names.put(id, nameOf(insert.insertedValues()))));
            return new Held(store.localReplica().id(), replicaNames, open, names, types);
        });
        Map<UUID, String> wbs = wbsOf(held.types().entrySet().stream()
                .filter(entry -> entry.getValue().equals("work_item")).map(Map.Entry::getKey).toList());
        List<OpenConflict> conflicts = new ArrayList<>();
        for (ConflictSides sides : held.open()) {
            conflicts.add(describe(sides, held, wbs));
        }
        return conflicts;
    }

    private static String nameOf(Map<String, String> fields) {
        String name = fields.get("name");
        return name != null ? name : Objects.requireNonNullElse(fields.get("title"), "");
    }

    private Map<UUID, String> wbsOf(List<UUID> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        return plan.read(store -> {
            Map<UUID, String> codes = new HashMap<>();
            Map<UUID, RoadmapPlan> plans = new HashMap<>();
            for (UUID id : items) {
                store.workItems().find(id).ifPresent(item -> {
                    RoadmapPlan roadmap = plans.computeIfAbsent(item.roadmapId(), roadmapId -> new RoadmapPlan(
                            store.roadmaps().find(roadmapId).orElseThrow(),
                            store.workItems().findByRoadmap(roadmapId), List.of()));
                    codes.put(id, roadmap.wbs(id));
                });
            }
            return codes;
        });
    }

    private static OpenConflict describe(ConflictSides sides, Held held, Map<UUID, String> wbs) {
        SyncConflict conflict = sides.conflict();
        boolean loserIsMine = sides.loser().id().replica().equals(held.local());
        Change mine = loserIsMine ? sides.loser() : sides.winner();
        Change theirs = loserIsMine ? sides.winner() : sides.loser();
        String name = held.names().getOrDefault(conflict.entityId(), "");
        String code = wbs.get(conflict.entityId());
        String item = code == null ? name : (code + " " + name).strip();
        return new OpenConflict(conflict.id(), conflict.entityType(), conflict.entityId(),
                item.isEmpty() ? conflict.entityId().toString() : item, conflict.field(),
                valueOf(mine, conflict.field()), mine.kind() == ChangeRecord.Kind.DELETE,
                valueOf(theirs, conflict.field()), theirs.kind() == ChangeRecord.Kind.DELETE,
                held.replicaNames().getOrDefault(theirs.id().replica(), theirs.id().replica().toString()),
                theirs.changedAt());
    }

    private static String valueOf(Change change, String field) {
        return switch (change.kind()) {
            case INSERT -> change.insertedValues().get(field);
            case UPDATE -> change.value();
            case DELETE -> null;
        };
    }

    /**
     * Keeps one side of an open conflict. Keeping a value writes it as an edit made here; keeping a delete
     * closes the conflict, since the record is gone already.
     *
     * @return the conflict as it was decided
     * @throws PlanRuleViolation when there is no such open conflict, when the kept side is an edit of a record
     *                           that is deleted here, or when the value no longer fits the plan
     */
    public OpenConflict keep(UUID conflictId, Keep keep) {
        OpenConflict conflict = open().stream().filter(open -> open.id().equals(conflictId)).findFirst()
                .orElseThrow(() -> PlanRuleViolation.of("error.conflict-not-open", conflictId));
        boolean keptDeletes = keep == Keep.MINE ? conflict.mineDeletes() : conflict.theirsDeletes();
        boolean otherDeletes = keep == Keep.MINE ? conflict.theirsDeletes() : conflict.mineDeletes();
        String value = keep == Keep.MINE ? conflict.mine() : conflict.theirs();
        if (otherDeletes) {
            throw PlanRuleViolation.of("error.conflict-record-deleted", conflict.item());
        }
        try {
            sync.writeSync(store -> {
                if (keptDeletes) {
                    store.conflictRecords().close(conflictId);
                } else {
                    store.conflictRecords().keep(conflictId, value);
                }
                return null;
            });
        } catch (UnfitValueException unfit) {
            throw PlanRuleViolation.of("error.conflict-value-does-not-fit", conflict.item(), conflict.field(),
                    unfit.detail());
        }
        return conflict;
    }
}
