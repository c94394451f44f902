package org.coplan.service.port;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One backup of the plan database, checked when it was taken by opening it and counting what it holds.
 *
 * @param id        what the user names it by, e.g. {@code 20261123-144500-opened} (also the file name's stem)
 * @param file      the backup file
 * @param created   when it was taken
 * @param reason    why
 * @param bytes     the size of the file
 * @param items     work items it holds (counted when the backup was verified)
 * @param schema    the schema version of the database it holds
 */
public record Backup(String id, Path file, Instant created, BackupReason reason, long bytes, long items,
                     String schema) {

    public Backup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(schema, "schema");
    }
}
