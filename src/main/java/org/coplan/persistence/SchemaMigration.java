package org.coplan.persistence;

import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings the schema up to this version's migrations. A database that a newer Coplan has migrated further
 * is refused before anything runs: Flyway by default ignores migrations it does not know, and going on
 * would let this version write rows the newer schema does not expect.
 */
final class SchemaMigration {

    static final String LOCATION = "classpath:db/migration";

    private SchemaMigration() {
    }

    /**
     * @param beforeMigrating runs when a schema made by an older Coplan is about to change (a backup), not for
     *                        a new database; a failure there stops the migration
     */
    static void migrate(DataSource dataSource, DatabaseFailures failures, Runnable beforeMigrating) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(LOCATION).load();
        MigrationInfoService info = flyway.info();
        MigrationVersion known = Arrays.stream(info.all()).filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion).filter(v -> v != null).max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
        MigrationVersion newest = Arrays.stream(info.applied())
                .filter(m -> m.getVersion() != null)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED || m.getVersion().compareTo(known) > 0)
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).orElse(null);
        if (newest != null) {
            throw failures.newer(newest.toString(), known.toString());
        }
        if (info.applied().length > 0 && info.pending().length > 0) {
            beforeMigrating.run();
        }
        flyway.migrate();
    }
}
