package org.coplan.domain;

import org.coplan.l10n.Problem;

/** Small checks shared by the records' constructors. */
final class Text {

    private Text() {
    }

    /** Trims and rejects blank required text, naming the field (a message key such as "field.name"). */
    static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw PlanRuleViolation.of("rule.required", Problem.tr(field));
        }
        return limited(value.strip(), field, maxLength);
    }

    /** Trims optional text to {@code null} when blank. */
    static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(value.strip(), field, maxLength);
    }

    private static String limited(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw PlanRuleViolation.of("rule.too-long", Problem.tr(field), maxLength);
        }
        return value;
    }
}
