package org.coplan.exchange;

import java.util.Objects;
import org.coplan.l10n.Problem;

/** A plan package that is not imported, with the reason in the user's words; the database was not touched. */
public final class PackageRefusedException extends RuntimeException {

    private final transient Problem problem;

    public PackageRefusedException(Problem problem) {
        super(problem.englishText());
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public PackageRefusedException(Problem problem, Throwable cause) {
        super(problem.englishText(), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }
}
