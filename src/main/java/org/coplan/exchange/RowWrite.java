package org.coplan.exchange;

import java.util.UUID;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.EntityRow;

/**
 * One row an import writes, ordered by the stamp of the change that makes it necessary, so rows are written
 * in the order their changes were made: parents before children, a delete before the insert that reuses its
 * place, an update before the delete of what it stopped referring to.
 */
sealed interface RowWrite {

    Change cause();

    String entityType();

    UUID id();

    record Insert(Change cause, EntityRow row) implements RowWrite {
        @Override
        public String entityType() {
            return row.entityType();
        }

        @Override
        public UUID id() {
            return row.id();
        }
    }

    record Update(Change cause, EntityRow row) implements RowWrite {
        @Override
        public String entityType() {
            return row.entityType();
        }

        @Override
        public UUID id() {
            return row.id();
        }
    }

    record Delete(Change cause, String entityType, UUID id) implements RowWrite {
    }
}
