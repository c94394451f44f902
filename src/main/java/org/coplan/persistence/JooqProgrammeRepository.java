package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.PROGRAMME;
import static org.coplan.persistence.generated.Tables.PROGRAMME_PRIORITY_AREA;
import static org.coplan.persistence.generated.Tables.PROGRAMME_STATE;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.domain.ApprovingAct;
import org.coplan.domain.DateRange;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.persistence.generated.tables.records.ProgrammePriorityAreaRecord;
import org.coplan.persistence.generated.tables.records.ProgrammeRecord;
import org.coplan.persistence.generated.tables.records.ProgrammeStateRecord;
import org.coplan.service.port.ProgrammeRepository;

/** Programmes over {@code programme}, with {@code programme_priority_area} and {@code programme_state}. */
final class JooqProgrammeRepository extends JooqEntityRepository<Programme, ProgrammeRecord>
        implements ProgrammeRepository {

    private static final ChildRows<Programme, ProgrammePriorityAreaRecord> AREAS = new ChildRows<>(
            "priority_areas", PROGRAMME_PRIORITY_AREA, PROGRAMME_PRIORITY_AREA.PROGRAMME_ID,
            programme -> programme.priorityAreaIds().stream()
                    .map(area -> new ProgrammePriorityAreaRecord(programme.id(), area)).toList());

    private static final ChildRows<Programme, ProgrammeStateRecord> STATES = new ChildRows<>("states",
            PROGRAMME_STATE, PROGRAMME_STATE.PROGRAMME_ID, programme -> programme.stateIds().stream()
            .map(state -> new ProgrammeStateRecord(programme.id(), state)).toList());

    JooqProgrammeRepository(StoreContext context, JooqChangeLogRepository changeLog) {
        super(context, changeLog, PROGRAMME, PROGRAMME.ID, List.of(AREAS, STATES));
    }

    @Override
    protected ProgrammeRecord toRecord(Programme programme) {
        ApprovingAct act = programme.act();
        return new ProgrammeRecord(programme.id(), programme.title(), programme.kind().name(), act.title(),
                act.number(), act.date(), programme.period().start(), programme.period().finish(),
                programme.status().name(), programme.description(), null, null, null);
    }

    @Override
    protected Programme toEntity(ProgrammeRecord row, LoadedChildren loaded) {
        Set<UUID> areas = loaded.of(AREAS, row.getId()).stream()
                .map(ProgrammePriorityAreaRecord::getPriorityAreaId).collect(Collectors.toSet());
        Set<UUID> states = loaded.of(STATES, row.getId()).stream()
                .map(ProgrammeStateRecord::getStateId).collect(Collectors.toSet());
        return new Programme(row.getId(), row.getTitle(), ProgrammeKind.valueOf(row.getProgrammeKind()),
                new ApprovingAct(row.getActTitle(), row.getActNumber(), row.getActDate()),
                new DateRange(row.getPeriodStart(), row.getPeriodFinish()),
                ProgrammeStatus.valueOf(row.getProgrammeStatus()), row.getDescription(), areas, states);
    }
}
