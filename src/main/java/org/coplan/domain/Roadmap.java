package org.coplan.domain;

import java.util.Objects;
import java.util.UUID;

/** The plan of one programme, or of one of its directions: the root of a tree of work items. */
public record Roadmap(UUID id, UUID programmeId, String name, String description, UUID calendarId,
                      String sortKey) {

    public Roadmap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programmeId, "programmeId");
        name = Text.required(name, "field.name", 500);
        description = Text.optional(description, "field.description", 4000);
        sortKey = Rank.requireValid(sortKey);
    }

    public Roadmap withName(String newName) {
        return new Roadmap(id, programmeId, newName, description, calendarId, sortKey);
    }
}
