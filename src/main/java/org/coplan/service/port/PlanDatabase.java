package org.coplan.service.port;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The plan database. Every call is one transaction: {@link #write} commits before it returns (there is no
 * Save), and an exception rolls everything back, so a failed edit changes nothing.
 */
public interface PlanDatabase extends AutoCloseable {

    <T> T read(Function<PlanStore, T> work);

    <T> T write(Function<PlanStore, T> work);

    default void writeVoid(Consumer<PlanStore> work) {
        write(store -> {
            work.accept(store);
            return null;
        });
    }

    /** The folder holding the database files, or {@code null} for an in-memory database. */
    Path location();

    /** Backups of this database; empty for a database that has no files (in memory). */
    default Optional<PlanBackups> backups() {
        return Optional.empty();
    }

    @Override
    void close();
}
