package org.coplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A named, dated frozen copy of a roadmap's dates, in one of 11 slots (0 = "Baseline", 1..10). */
public record Baseline(UUID id, UUID roadmapId, int slot, String name, LocalDate takenOn,
                       List<BaselineEntry> entries) {

    public static final int SLOTS = 11;

    public Baseline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roadmapId, "roadmapId");
        Objects.requireNonNull(takenOn, "takenOn");
        if (slot < 0 || slot >= SLOTS) {
            throw PlanRuleViolation.of("rule.baseline-slot", slot, SLOTS - 1);
        }
        name = Text.required(name, "field.name", 200);
        entries = List.copyOf(entries);
    }
}
