package org.coplan.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A framework programme, strategy, concept, action plan or joint project, with the act that approved it. */
public record Programme(UUID id, String title, ProgrammeKind kind, ApprovingAct act, DateRange period,
                        ProgrammeStatus status, String description, Set<UUID> priorityAreaIds,
                        Set<UUID> stateIds) {

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        title = Text.required(title, "field.title", 500);
        act = act == null ? ApprovingAct.NONE : act;
        description = Text.optional(description, "field.description", 4000);
        priorityAreaIds = Set.copyOf(priorityAreaIds);
        stateIds = Set.copyOf(stateIds);
    }
}
