package org.coplan.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.coplan.domain.Ids;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.ChangeRecord;
import org.jooq.DSLContext;

/**
 * What the repositories of one transaction share: the transaction's own {@link DSLContext} (never the
 * database's outer one), the clock that stamps rows and log entries, and the author of the session.
 */
record StoreContext(DSLContext dsl, Clock clock, ChangeAuthor author) {

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    ChangeRecord change(String entityType, UUID entityId, String field, ChangeRecord.Kind kind,
                        String oldValue, String newValue, OffsetDateTime at) {
        return new ChangeRecord(Ids.newId(clock), author.replicaId(), entityType, entityId, field, kind, oldValue,
                newValue, at.toInstant(), author.userName());
    }
}
