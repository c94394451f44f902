package org.coplan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A phase, activity or milestone on a roadmap. Its place in the tree is its parent and a {@link Rank} key
 * among its siblings; the WBS code is derived from that place (see {@link RoadmapPlan#wbs}).
 * Durations are in working days of the item's calendar; a milestone lasts zero days. A {@code manual} item
 * (MS Project's manually scheduled task) keeps the dates typed for it; the scheduler moves only the others.
 */
public record WorkItem(UUID id, UUID roadmapId, UUID parentId, String sortKey, String name, WorkItemKind kind,
                       LocalDate start, LocalDate finish, int durationDays, int percentComplete,
                       UUID leadStateId, UUID leadOrganizationId, Set<UUID> participatingStateIds,
                       UUID priorityAreaId, String deliverable, String notes, ItemConstraint constraint,
                       boolean manual) {

    public static final int MAX_DURATION_DAYS = 100_000;

    public WorkItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roadmapId, "roadmapId");
        Objects.requireNonNull(kind, "kind");
        sortKey = Rank.requireValid(sortKey);
        name = Text.required(name, "field.name", 500);
        if (start == null) {
            throw PlanRuleViolation.of("rule.item-field-required", name, org.coplan.l10n.Problem.tr("field.start"));
        }
        if (finish == null) {
            throw PlanRuleViolation.of("rule.item-field-required", name, org.coplan.l10n.Problem.tr("field.finish"));
        }
        if (finish.isBefore(start)) {
            throw PlanRuleViolation.of("rule.item-finish-before-start", name, finish, start);
        }
        if (durationDays < 0) {
            throw PlanRuleViolation.of("rule.item-negative-duration", name, durationDays);
        }
        if (durationDays > MAX_DURATION_DAYS) {
            throw PlanRuleViolation.of("rule.item-duration-too-long", name, durationDays, MAX_DURATION_DAYS);
        }
        if (kind == WorkItemKind.MILESTONE && durationDays != 0) {
            throw PlanRuleViolation.of("rule.milestone-duration", name);
        }
        if (percentComplete < 0 || percentComplete > 100) {
            throw PlanRuleViolation.of("rule.item-percent-range", name, percentComplete);
        }
        if (parentId != null && parentId.equals(id)) {
            throw PlanRuleViolation.of("rule.item-own-parent", name);
        }
        participatingStateIds = Set.copyOf(participatingStateIds);
        deliverable = Text.optional(deliverable, "field.deliverable", 1000);
        notes = Text.optional(notes, "field.notes", 10_000);
        constraint = constraint == null ? ItemConstraint.NONE : constraint;
    }

    /** An automatically scheduled item, as most are. */
    public WorkItem(UUID id, UUID roadmapId, UUID parentId, String sortKey, String name, WorkItemKind kind,
                    LocalDate start, LocalDate finish, int durationDays, int percentComplete, UUID leadStateId,
                    UUID leadOrganizationId, Set<UUID> participatingStateIds, UUID priorityAreaId,
                    String deliverable, String notes, ItemConstraint constraint) {
        this(id, roadmapId, parentId, sortKey, name, kind, start, finish, durationDays, percentComplete, leadStateId,
                leadOrganizationId, participatingStateIds, priorityAreaId, deliverable, notes, constraint, false);
    }

    /** The sibling group this item is ordered in: its parent, or the roadmap for a top-level item. */
    public UUID siblingScope() {
        return parentId != null ? parentId : roadmapId;
    }

    public boolean isMilestone() {
        return kind == WorkItemKind.MILESTONE;
    }

    public WorkItem withName(String newName) {
        return new WorkItem(id, roadmapId, parentId, sortKey, newName, kind, start, finish, durationDays,
                percentComplete, leadStateId, leadOrganizationId, participatingStateIds, priorityAreaId,
                deliverable, notes, constraint, manual);
    }

    public WorkItem withPlace(UUID newParentId, String newSortKey) {
        return new WorkItem(id, roadmapId, newParentId, newSortKey, name, kind, start, finish, durationDays,
                percentComplete, leadStateId, leadOrganizationId, participatingStateIds, priorityAreaId,
                deliverable, notes, constraint, manual);
    }

    public WorkItem withSchedule(WorkItemKind newKind, LocalDate newStart, LocalDate newFinish, int newDuration) {
        return new WorkItem(id, roadmapId, parentId, sortKey, name, newKind, newStart, newFinish, newDuration,
                percentComplete, leadStateId, leadOrganizationId, participatingStateIds, priorityAreaId,
                deliverable, notes, constraint, manual);
    }

    public WorkItem withPercentComplete(int percent) {
        return new WorkItem(id, roadmapId, parentId, sortKey, name, kind, start, finish, durationDays, percent,
                leadStateId, leadOrganizationId, participatingStateIds, priorityAreaId, deliverable, notes,
                constraint, manual);
    }

    public WorkItem withResponsibility(UUID newLeadState, UUID newLeadOrganization, Set<UUID> participants,
                                       UUID newPriorityArea) {
        return new WorkItem(id, roadmapId, parentId, sortKey, name, kind, start, finish, durationDays,
                percentComplete, newLeadState, newLeadOrganization, participants, newPriorityArea, deliverable,
                notes, constraint, manual);
    }

    public WorkItem withTexts(String newDeliverable, String newNotes) {
        return new WorkItem(id, roadmapId, parentId, sortKey, name, kind, start, finish, durationDays,
                percentComplete, leadStateId, leadOrganizationId, participatingStateIds, priorityAreaId,
                newDeliverable, newNotes, constraint, manual);
    }

    public WorkItem withConstraint(ItemConstraint newConstraint) {
        return new WorkItem(id, roadmapId, parentId, sortKey, name, kind, start, finish, durationDays,
                percentComplete, leadStateId, leadOrganizationId, participatingStateIds, priorityAreaId,
                deliverable, notes, newConstraint, manual);
    }

    /** A copy with a new identity, for paste and duplicate. */
    public WorkItem withIdentity(UUID newId, UUID newRoadmapId, UUID newParentId, String newSortKey) {
        return new WorkItem(newId, newRoadmapId, newParentId, newSortKey, name, kind, start, finish, durationDays,
                percentComplete, leadStateId, leadOrganizationId, participatingStateIds, priorityAreaId,
                deliverable, notes, constraint, manual);
    }

    public WorkItem withManual(boolean newManual) {
        return new WorkItem(id, roadmapId, parentId, sortKey, name, kind, start, finish, durationDays,
                percentComplete, leadStateId, leadOrganizationId, participatingStateIds, priorityAreaId,
                deliverable, notes, constraint, newManual);
    }
}
