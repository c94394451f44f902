package org.coplan.persistence;

import java.nio.file.Path;
import org.coplan.architecture.AllowedToUseStandardStreams;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.DatabaseUnavailableException;

/**
 * Run in a second JVM by {@link PlanDatabaseFileTest}: tries to open the database folder given as the
 * argument and prints what a user would see.
 */
@AllowedToUseStandardStreams("a child process whose output is what the test reads")
public final class OpenAttempt {

    static final String OPENED = "OPENED";
    static final String REFUSED = "REFUSED ";

    private OpenAttempt() {
    }

    public static void main(String[] args) {
        try (H2PlanDatabase database = H2PlanDatabase.openFile(Path.of(args[0]),
                ChangeAuthor.newReplica("second-window"))) {
            System.out.println(OPENED + " " + database.location());
        } catch (DatabaseUnavailableException refused) {
            System.out.println(REFUSED + refused.problem().key());
            System.out.println(refused.getMessage());
        }
    }
}
