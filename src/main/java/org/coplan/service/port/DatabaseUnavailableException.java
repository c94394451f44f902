package org.coplan.service.port;

import org.coplan.l10n.Problem;

/**
 * The plan database cannot be opened or written: already open in another Coplan, a newer schema, a full
 * disk, a read-only folder. The problem says so in words a planner understands, naming the path.
 */
public class DatabaseUnavailableException extends RuntimeException {

    private final transient Problem problem;

    public DatabaseUnavailableException(Problem problem, Throwable cause) {
        super(problem.englishText(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
