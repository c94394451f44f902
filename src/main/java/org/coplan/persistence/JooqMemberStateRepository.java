package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.MEMBER_STATE;

import java.util.List;
import org.coplan.domain.LocalizedName;
import org.coplan.domain.MemberState;
import org.coplan.domain.StateRole;
import org.coplan.persistence.generated.tables.records.MemberStateRecord;
import org.coplan.service.port.MemberStateRepository;

/** Member states over table {@code member_state}. */
final class JooqMemberStateRepository extends JooqEntityRepository<MemberState, MemberStateRecord>
        implements MemberStateRepository {

    JooqMemberStateRepository(StoreContext context, JooqChangeLogRepository changeLog) {
        super(context, changeLog, MEMBER_STATE, MEMBER_STATE.ID, List.of());
    }

    @Override
    protected MemberStateRecord toRecord(MemberState state) {
        return new MemberStateRecord(state.id(), state.isoCode(), state.name().en(), state.name().ru(),
                state.role().name(), state.calendarId(), null, null, null);
    }

    @Override
    protected MemberState toEntity(MemberStateRecord row, LoadedChildren loaded) {
        return new MemberState(row.getId(), row.getIsoCode(), new LocalizedName(row.getNameEn(), row.getNameRu()),
                StateRole.valueOf(row.getStateRole()), row.getCalendarId());
    }
}
