package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.ORGANIZATION;

import java.util.List;
import org.coplan.domain.Organization;
import org.coplan.domain.OrganizationKind;
import org.coplan.persistence.generated.tables.records.OrganizationRecord;
import org.coplan.service.port.OrganizationRepository;

/** Organizations over table {@code organization}. */
final class JooqOrganizationRepository extends JooqEntityRepository<Organization, OrganizationRecord>
        implements OrganizationRepository {

    JooqOrganizationRepository(StoreContext context, JooqChangeLogRepository changeLog) {
        super(context, changeLog, ORGANIZATION, ORGANIZATION.ID, List.of());
    }

    @Override
    protected OrganizationRecord toRecord(Organization organization) {
        return new OrganizationRecord(organization.id(), organization.name(), organization.shortName(),
                organization.stateId(), organization.kind().name(), null, null, null);
    }

    @Override
    protected Organization toEntity(OrganizationRecord row, LoadedChildren loaded) {
        return new Organization(row.getId(), row.getName(), row.getShortName(), row.getStateId(),
                OrganizationKind.valueOf(row.getOrganizationKind()));
    }
}
