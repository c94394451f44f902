package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.BASELINE;
import static org.coplan.persistence.generated.Tables.BASELINE_ENTRY;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.persistence.generated.tables.records.BaselineEntryRecord;
import org.coplan.persistence.generated.tables.records.BaselineRecord;
import org.coplan.service.port.BaselineRepository;

/**
 * Baselines over {@code baseline}, frozen dates in {@code baseline_entry}. Entries come back ordered by work
 * item id, since a baseline's entries are a set whatever order they were taken in.
 */
final class JooqBaselineRepository extends JooqEntityRepository<Baseline, BaselineRecord>
        implements BaselineRepository {

    private static final ChildRows<Baseline, BaselineEntryRecord> ENTRIES = new ChildRows<>("entries",
            BASELINE_ENTRY, BASELINE_ENTRY.BASELINE_ID, baseline -> baseline.entries().stream()
            .map(e -> new BaselineEntryRecord(baseline.id(), e.workItemId(), e.start(), e.finish(), e.durationDays()))
            .toList());

    JooqBaselineRepository(StoreContext context, JooqChangeLogRepository changeLog) {
        super(context, changeLog, BASELINE, BASELINE.ID, List.of(ENTRIES));
    }

    @Override
    public List<Baseline> findByRoadmap(UUID roadmapId) {
        return findWhere(BASELINE.ROADMAP_ID.eq(roadmapId), BASELINE.SLOT);
    }

    @Override
    public Optional<Baseline> findBySlot(UUID roadmapId, int slot) {
        return findWhere(BASELINE.ROADMAP_ID.eq(roadmapId).and(BASELINE.SLOT.eq(slot))).stream().findFirst();
    }

    @Override
    protected BaselineRecord toRecord(Baseline baseline) {
        return new BaselineRecord(baseline.id(), baseline.roadmapId(), baseline.slot(), baseline.name(),
                baseline.takenOn(), null, null, null);
    }

    @Override
    protected Baseline toEntity(BaselineRecord row, LoadedChildren loaded) {
        List<BaselineEntry> entries = loaded.of(ENTRIES, row.getId()).stream()
                .map(e -> new BaselineEntry(e.getWorkItemId(), e.getStartDate(), e.getFinishDate(),
                        e.getDurationDays()))
                .sorted(Comparator.comparing(BaselineEntry::workItemId)).toList();
        return new Baseline(row.getId(), row.getRoadmapId(), row.getSlot(), row.getName(), row.getTakenOn(), entries);
    }
}
