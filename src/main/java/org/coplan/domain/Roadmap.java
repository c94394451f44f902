package org.coplan.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The plan of one programme, or of one of its directions: the root of a tree of work items.
 * {@code newItemsManual} is MS Project's per-project "new tasks are manually scheduled": it sets the mode of
 * items created from now on and leaves existing ones alone.
 */
public record Roadmap(UUID id, UUID programmeId, String name, String description, UUID calendarId,
                      String sortKey, boolean newItemsManual) {

    public Roadmap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programmeId, "programmeId");
        name = Text.required(name, "field.name", 500);
        description = Text.optional(description, "field.description", 4000);
        sortKey = Rank.requireValid(sortKey);
    }

    /** A roadmap whose new items are scheduled automatically, as by default. */
    public Roadmap(UUID id, UUID programmeId, String name, String description, UUID calendarId, String sortKey) {
        this(id, programmeId, name, description, calendarId, sortKey, false);
    }

    public Roadmap withName(String newName) {
        return new Roadmap(id, programmeId, newName, description, calendarId, sortKey, newItemsManual);
    }

    public Roadmap withNewItemsManual(boolean manual) {
        return new Roadmap(id, programmeId, name, description, calendarId, sortKey, manual);
    }
}
