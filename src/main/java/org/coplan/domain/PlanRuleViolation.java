package org.coplan.domain;

import org.coplan.l10n.Problem;

/**
 * An edit or a value that breaks a rule of the plan (finish before start, an unknown state, a cycle …).
 * Thrown before anything is stored; carries a {@link Problem} so every layer can show it in the user's
 * language, naming the item and field concerned.
 */
public class PlanRuleViolation extends RuntimeException {

    private final transient Problem problem;

    public PlanRuleViolation(Problem problem) {
        super(problem.englishText());
        this.problem = problem;
    }

    public static PlanRuleViolation of(String key, Object... arguments) {
        return new PlanRuleViolation(Problem.tr(key, arguments));
    }

    public Problem problem() {
        return problem;
    }
}
