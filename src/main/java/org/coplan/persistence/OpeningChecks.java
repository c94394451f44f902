package org.coplan.persistence;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Checks made on the first connection, before Flyway touches anything. Another process holding the files is
 * H2's own error (90020); these catch what H2 lets through: a second opening inside this same JVM, which H2
 * would silently share (and the first {@code close} would then pull from under the other), and a database
 * H2 opened read-only because its file is.
 */
final class OpeningChecks {

    private OpeningChecks() {
    }

    static void requireSoleWritableUser(DSLContext dsl, DatabaseFailures failures) {
        int sessions = dsl.fetchCount(DSL.table(DSL.name("INFORMATION_SCHEMA", "SESSIONS")));
        if (sessions > 1) {
            throw failures.locked(null);
        }
        Boolean readOnly = dsl.select(DSL.field("READONLY()", Boolean.class)).fetchOne(0, Boolean.class);
        if (Boolean.TRUE.equals(readOnly)) {
            throw failures.readOnly();
        }
    }
}
