package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.ROADMAP;

import java.util.List;
import java.util.UUID;
import org.coplan.domain.Roadmap;
import org.coplan.persistence.generated.tables.records.RoadmapRecord;
import org.coplan.service.port.RoadmapRepository;

/** Roadmaps over table {@code roadmap}. */
final class JooqRoadmapRepository extends JooqEntityRepository<Roadmap, RoadmapRecord>
        implements RoadmapRepository {

    JooqRoadmapRepository(StoreContext context, JooqChangeLogRepository changeLog) {
        super(context, changeLog, ROADMAP, ROADMAP.ID, List.of());
    }

    @Override
    public List<Roadmap> findByProgramme(UUID programmeId) {
        return findWhere(ROADMAP.PROGRAMME_ID.eq(programmeId), ROADMAP.SORT_KEY, ROADMAP.ID);
    }

    @Override
    protected RoadmapRecord toRecord(Roadmap roadmap) {
        return new RoadmapRecord(roadmap.id(), roadmap.programmeId(), roadmap.name(), roadmap.description(),
                roadmap.calendarId(), roadmap.sortKey(), null, null, null, roadmap.newItemsManual());
    }

    @Override
    protected Roadmap toEntity(RoadmapRecord row, LoadedChildren loaded) {
        return new Roadmap(row.getId(), row.getProgrammeId(), row.getName(), row.getDescription(),
                row.getCalendarId(), row.getSortKey(), row.getNewItemsManual());
    }
}
