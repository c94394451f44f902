package org.coplan.service.imports;

import org.coplan.domain.PlanRuleViolation;
import org.coplan.l10n.Problem;

/**
 * A plan file Coplan will not import (unknown format, password, corrupt content, external entities): the
 * message says why, and nothing has been stored. A rule violation, so every front end shows it as refused input.
 */
public final class ImportRefused extends PlanRuleViolation {

    public ImportRefused(Problem problem, Throwable cause) {
        super(problem);
        if (cause != null) {
            initCause(cause);
        }
    }

    public static ImportRefused of(String key, Object... arguments) {
        return new ImportRefused(Problem.tr(key, arguments), null);
    }
}
