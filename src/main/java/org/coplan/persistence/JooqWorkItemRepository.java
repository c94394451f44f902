package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.WORK_ITEM;
import static org.coplan.persistence.generated.Tables.WORK_ITEM_STATE;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.persistence.generated.tables.records.WorkItemRecord;
import org.coplan.persistence.generated.tables.records.WorkItemStateRecord;
import org.coplan.service.port.WorkItemRepository;

/** Work items over {@code work_item}, participating states in {@code work_item_state}. */
final class JooqWorkItemRepository extends JooqEntityRepository<WorkItem, WorkItemRecord>
        implements WorkItemRepository {

    private static final ChildRows<WorkItem, WorkItemStateRecord> STATES = new ChildRows<>("participating_states",
            WORK_ITEM_STATE, WORK_ITEM_STATE.WORK_ITEM_ID, item -> item.participatingStateIds().stream()
            .map(state -> new WorkItemStateRecord(item.id(), state)).toList());

    JooqWorkItemRepository(StoreContext context, JooqChangeLogRepository changeLog) {
        super(context, changeLog, WORK_ITEM, WORK_ITEM.ID, List.of(STATES));
    }

    @Override
    public List<WorkItem> findByRoadmap(UUID roadmapId) {
        return findWhere(WORK_ITEM.ROADMAP_ID.eq(roadmapId));
    }

    @Override
    public long countByRoadmap(UUID roadmapId) {
        return countWhere(WORK_ITEM.ROADMAP_ID.eq(roadmapId));
    }

    @Override
    public long countMilestones() {
        return countWhere(WORK_ITEM.ITEM_KIND.eq(WorkItemKind.MILESTONE.name()));
    }

    @Override
    protected WorkItemRecord toRecord(WorkItem item) {
        return new WorkItemRecord(item.id(), item.roadmapId(), item.parentId(), item.siblingScope(), item.sortKey(),
                item.name(), item.kind().name(), item.start(), item.finish(), item.durationDays(),
                item.percentComplete(), item.leadStateId(), item.leadOrganizationId(), item.priorityAreaId(),
                item.deliverable(), item.notes(), item.constraint().type().name(), item.constraint().date(),
                null, null, null, item.manual());
    }

    @Override
    protected WorkItem toEntity(WorkItemRecord row, LoadedChildren loaded) {
        List<WorkItemStateRecord> stateRows = loaded.of(STATES, row.getId());
        Set<UUID> states = HashSet.newHashSet(stateRows.size());
        for (WorkItemStateRecord state : stateRows) {
            states.add(state.getStateId());
        }
        return new WorkItem(row.getId(), row.getRoadmapId(), row.getParentId(), row.getSortKey(), row.getName(),
                WorkItemKind.valueOf(row.getItemKind()), row.getStartDate(), row.getFinishDate(),
                row.getDurationDays(), row.getPercentComplete(), row.getLeadStateId(), row.getLeadOrganizationId(),
                states, row.getPriorityAreaId(), row.getDeliverable(), row.getNotes(),
                new ItemConstraint(ConstraintType.valueOf(row.getConstraintType()), row.getConstraintDate()),
                row.getManuallyScheduled());
    }
}
