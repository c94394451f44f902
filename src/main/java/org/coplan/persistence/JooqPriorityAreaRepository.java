package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.PRIORITY_AREA;

import java.util.List;
import org.coplan.domain.LocalizedName;
import org.coplan.domain.PriorityArea;
import org.coplan.persistence.generated.tables.records.PriorityAreaRecord;
import org.coplan.service.port.PriorityAreaRepository;

/** Priority areas over table {@code priority_area}. */
final class JooqPriorityAreaRepository extends JooqEntityRepository<PriorityArea, PriorityAreaRecord>
        implements PriorityAreaRepository {

    JooqPriorityAreaRepository(StoreContext context, JooqChangeLogRepository changeLog) {
        super(context, changeLog, PRIORITY_AREA, PRIORITY_AREA.ID, List.of());
    }

    @Override
    protected PriorityAreaRecord toRecord(PriorityArea area) {
        return new PriorityAreaRecord(area.id(), area.code(), area.name().en(), area.name().ru(), null, null, null);
    }

    @Override
    protected PriorityArea toEntity(PriorityAreaRecord row, LoadedChildren loaded) {
        return new PriorityArea(row.getId(), row.getCode(), new LocalizedName(row.getNameEn(), row.getNameRu()));
    }
}
