package org.coplan.domain;

import java.util.Objects;
import java.util.UUID;

/** A participating country, by ISO 3166 alpha-2 code, with the calendar its work follows. */
public record MemberState(UUID id, String isoCode, LocalizedName name, StateRole role, UUID calendarId) {

    public MemberState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        isoCode = Text.required(isoCode, "field.iso-code", 3).toUpperCase(java.util.Locale.ROOT);
        if (!isoCode.matches("[A-Z]{2,3}")) {
            throw PlanRuleViolation.of("rule.iso-code", isoCode);
        }
    }
}
