package org.coplan.service;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Problem;
import org.coplan.scheduling.WorkingTime;

/**
 * Works out the new state of one item for a change of one field, checking the change first so that a
 * refused edit never reaches the database. Refusals name the item by WBS code and name, and the field.
 */
final class ItemChanges {

    private final RoadmapPlan plan;
    private final Supplier<ReferenceData> reference;
    private final Supplier<ItemCalendars> calendars;

    ItemChanges(RoadmapPlan plan, Supplier<ReferenceData> reference, Supplier<ItemCalendars> calendars) {
        this.plan = plan;
        this.reference = reference;
        this.calendars = calendars;
    }

    /** "1.2 Design": how messages name an item of the open roadmap. */
    String label(UUID id) {
        return plan.wbs(id) + " " + plan.item(id).name();
    }

    WorkItem existing(UUID id) {
        if (id == null) {
            throw new IllegalArgumentException("no item chosen");
        }
        return plan.find(id).orElseThrow(() -> PlanRuleViolation.of("rule.item-unknown", plan.roadmap().name()));
    }

    WorkingTime workingTime(WorkItem item) {
        return calendars.get().forLeadState(item.leadStateId());
    }

    WorkItem renamed(WorkItem item, String name) {
        return namingItem(item, () -> item.withName(name));
    }

    WorkItem withKind(WorkItem item, WorkItemKind kind) {
        if (kind == item.kind()) {
            return item;
        }
        if (kind != WorkItemKind.PHASE && plan.hasChildren(item.id())) {
            throw PlanRuleViolation.of("rule.phase-has-children", label(item.id()));
        }
        return switch (kind) {
            case MILESTONE -> item.withSchedule(kind, item.start(), item.start(), 0);
            case ACTIVITY -> item.isMilestone()
                    ? item.withSchedule(kind, item.start(), workingTime(item).finishOf(item.start(), 1), 1)
                    : item.withSchedule(kind, item.start(), item.finish(), item.durationDays());
            case PHASE -> item.withSchedule(kind, item.start(), item.finish(), item.durationDays());
        };
    }

    /**
     * Keeps the duration; the finish follows in the item's calendar. As in MS Project, a typed start on an
     * automatically scheduled item becomes a Start-No-Earlier-Than constraint, since otherwise the next
     * pass would move it straight back; a manually scheduled item just keeps the date.
     */
    WorkItem withStart(WorkItem item, LocalDate start) {
        requireDate(item, start, Problem.tr("field.start"));
        LocalDate finish = item.isMilestone() ? start : workingTime(item).finishOf(start, item.durationDays());
        WorkItem moved = item.withSchedule(item.kind(), start, finish, item.durationDays());
        return item.manual() ? moved
                : moved.withConstraint(new ItemConstraint(ConstraintType.START_NO_EARLIER_THAN, start));
    }

    /**
     * A manually scheduled item keeps its start and counts the duration anew. An automatically scheduled one
     * does as MS Project: it keeps its duration and gets a Finish-No-Earlier-Than constraint on the date.
     * A milestone moves to the date either way.
     */
    WorkItem withFinish(WorkItem item, LocalDate finish) {
        requireDate(item, finish, Problem.tr("field.finish"));
        if (!item.manual()) {
            LocalDate start = item.isMilestone() ? finish : workingTime(item).startOf(finish, item.durationDays());
            return item.withSchedule(item.kind(), start, finish, item.durationDays())
                    .withConstraint(new ItemConstraint(ConstraintType.FINISH_NO_EARLIER_THAN, finish));
        }
        if (item.isMilestone()) {
            return item.withSchedule(item.kind(), finish, finish, 0);
        }
        if (finish.isBefore(item.start())) {
            throw PlanRuleViolation.of("rule.item-finish-before-start", label(item.id()), finish, item.start());
        }
        int duration = workingTime(item).workingDaysBetween(item.start(), finish);
        requireDurationInRange(item, duration);
        return item.withSchedule(item.kind(), item.start(), finish, duration);
    }

    /** Keeps the start; the finish follows in the item's calendar. */
    WorkItem withDuration(WorkItem item, int days) {
        if (days < 0) {
            throw PlanRuleViolation.of("rule.item-negative-duration", label(item.id()), days);
        }
        requireDurationInRange(item, days);
        if (item.isMilestone() && days != 0) {
            throw PlanRuleViolation.of("rule.milestone-duration", label(item.id()));
        }
        return item.withSchedule(item.kind(), item.start(), workingTime(item).finishOf(item.start(), days), days);
    }

    WorkItem withPercentComplete(WorkItem item, int percent) {
        if (percent < 0 || percent > 100) {
            throw PlanRuleViolation.of("rule.item-percent-range", label(item.id()), percent);
        }
        return item.withPercentComplete(percent);
    }

    /** A new lead state may bring a new calendar, so the finish is counted again in it. */
    WorkItem withLeadState(WorkItem item, UUID stateId) {
        requireState(item, stateId, Problem.tr("field.lead-state"));
        WorkItem led = item.withResponsibility(stateId, item.leadOrganizationId(), item.participatingStateIds(),
                item.priorityAreaId());
        if (led.isMilestone()) {
            return led;
        }
        LocalDate finish = workingTime(led).finishOf(led.start(), led.durationDays());
        return led.withSchedule(led.kind(), led.start(), finish, led.durationDays());
    }

    WorkItem withLeadOrganization(WorkItem item, UUID organizationId) {
        if (organizationId != null && reference.get().organization(organizationId).isEmpty()) {
            throw PlanRuleViolation.of("rule.unknown-organization", label(item.id()),
                    Problem.tr("field.lead-organization"), organizationId);
        }
        return item.withResponsibility(item.leadStateId(), organizationId, item.participatingStateIds(),
                item.priorityAreaId());
    }

    WorkItem withParticipatingStates(WorkItem item, Set<UUID> stateIds) {
        Set<UUID> states = stateIds == null ? Set.of() : Set.copyOf(stateIds);
        for (UUID state : states) {
            requireState(item, state, Problem.tr("field.participating-states"));
        }
        return item.withResponsibility(item.leadStateId(), item.leadOrganizationId(), states,
                item.priorityAreaId());
    }

    WorkItem withPriorityArea(WorkItem item, UUID areaId) {
        if (areaId != null && reference.get().priorityArea(areaId).isEmpty()) {
            throw PlanRuleViolation.of("rule.unknown-priority-area", label(item.id()),
                    Problem.tr("field.priority-area"), areaId);
        }
        return item.withResponsibility(item.leadStateId(), item.leadOrganizationId(),
                item.participatingStateIds(), areaId);
    }

    WorkItem withDeliverable(WorkItem item, String deliverable) {
        return namingItem(item, () -> item.withTexts(deliverable, item.notes()));
    }

    WorkItem withNotes(WorkItem item, String notes) {
        return namingItem(item, () -> item.withTexts(item.deliverable(), notes));
    }

    WorkItem withConstraint(WorkItem item, ItemConstraint constraint) {
        return item.withConstraint(constraint == null ? ItemConstraint.NONE : constraint);
    }

    private void requireState(WorkItem item, UUID stateId, Problem field) {
        if (stateId != null && reference.get().state(stateId).isEmpty()) {
            throw PlanRuleViolation.of("rule.unknown-state", label(item.id()), field, stateId);
        }
    }

    private void requireDate(WorkItem item, LocalDate date, Problem field) {
        if (date == null) {
            throw PlanRuleViolation.of("rule.item-field-required", label(item.id()), field);
        }
    }

    private void requireDurationInRange(WorkItem item, int days) {
        if (days > WorkItem.MAX_DURATION_DAYS) {
            throw PlanRuleViolation.of("rule.item-duration-too-long", label(item.id()), days,
                    WorkItem.MAX_DURATION_DAYS);
        }
    }

    /**
     * The record's own text checks name only the field; a planner editing a long table needs the row too,
     * so those refusals are raised again with the item's WBS code and name.
     */
    private WorkItem namingItem(WorkItem item, Supplier<WorkItem> change) {
        try {
            return change.get();
        } catch (PlanRuleViolation violation) {
            Problem problem = violation.problem();
            throw switch (problem.key()) {
                case "rule.required" -> PlanRuleViolation.of("rule.item-field-required", label(item.id()),
                        problem.arguments().getFirst());
                case "rule.too-long" -> PlanRuleViolation.of("rule.item-too-long", label(item.id()),
                        problem.arguments().get(0), problem.arguments().get(1));
                default -> violation;
            };
        }
    }
}
