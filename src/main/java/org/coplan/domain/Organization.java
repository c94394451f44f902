package org.coplan.domain;

import java.util.Objects;
import java.util.UUID;

/** A body in a state (or an international one, with no state) that leads or takes part in work. */
public record Organization(UUID id, String name, String shortName, UUID stateId, OrganizationKind kind) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = Text.required(name, "field.name", 500);
        shortName = Text.optional(shortName, "field.short-name", 100);
    }

    /** The short name where there is one, as planners write it in tables. */
    public String label() {
        return shortName != null ? shortName : name;
    }
}
