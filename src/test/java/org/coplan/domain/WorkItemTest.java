package org.coplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A work item refuses values that break the plan's rules, naming the item. */
class WorkItemTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    private static WorkItem item(String name, WorkItemKind kind, LocalDate start, LocalDate finish, int days,
                                 int percent) {
        return item(Ids.newId(), null, name, kind, start, finish, days, percent);
    }

    private static WorkItem item(UUID id, UUID parent, String name, WorkItemKind kind, LocalDate start,
                                 LocalDate finish, int days, int percent) {
        return new WorkItem(id, Ids.newId(), parent, Rank.initial(0), name, kind, start, finish, days, percent, null,
                null, Set.of(), null, "  ", "  note  ", null);
    }

    private static String refusal(Runnable construction) {
        return catchThrowableOfType(PlanRuleViolation.class, construction::run).problem().key();
    }

    @Test
    void aValidItemIsNormalized() {
        WorkItem item = item(" Design ", WorkItemKind.ACTIVITY, START, START.plusDays(4), 5, 0);

        assertThat(item.name()).isEqualTo("Design");
        assertThat(item.deliverable()).isNull();
        assertThat(item.notes()).isEqualTo("note");
        assertThat(item.constraint()).isEqualTo(ItemConstraint.NONE);
        assertThat(item.siblingScope()).isEqualTo(item.roadmapId());
    }

    @Test
    void brokenRulesAreRefused() {
        assertThat(refusal(() -> item("X", WorkItemKind.ACTIVITY, START, START.minusDays(1), 1, 0)))
                .isEqualTo("rule.item-finish-before-start");
        assertThat(refusal(() -> item("X", WorkItemKind.ACTIVITY, START, START, -1, 0)))
                .isEqualTo("rule.item-negative-duration");
        assertThat(refusal(() -> item("X", WorkItemKind.ACTIVITY, START, START, 100_001, 0)))
                .isEqualTo("rule.item-duration-too-long");
        assertThat(refusal(() -> item("X", WorkItemKind.MILESTONE, START, START, 2, 0)))
                .isEqualTo("rule.milestone-duration");
        assertThat(refusal(() -> item("X", WorkItemKind.ACTIVITY, START, START, 1, 101)))
                .isEqualTo("rule.item-percent-range");
        assertThat(refusal(() -> item("X", WorkItemKind.ACTIVITY, null, START, 1, 0)))
                .isEqualTo("rule.item-field-required");
        assertThat(refusal(() -> item("X", WorkItemKind.ACTIVITY, START, null, 1, 0)))
                .isEqualTo("rule.item-field-required");
        assertThat(refusal(() -> item(" ", WorkItemKind.ACTIVITY, START, START, 1, 0))).isEqualTo("rule.required");
        UUID id = Ids.newId();
        assertThat(refusal(() -> item(id, id, "X", WorkItemKind.ACTIVITY, START, START, 1, 0)))
                .isEqualTo("rule.item-own-parent");
    }

    @Test
    void refusalsNameTheItem() {
        PlanRuleViolation violation = catchThrowableOfType(PlanRuleViolation.class,
                () -> item("Design", WorkItemKind.ACTIVITY, START, START, 1, 150));

        assertThat(violation.getMessage())
                .isEqualTo("Work item \"Design\": percent complete 150 is not between 0 and 100.");
    }

    @Test
    void copiesChangeOnlyWhatTheySay() {
        WorkItem item = item("Design", WorkItemKind.ACTIVITY, START, START.plusDays(4), 5, 10);
        UUID parent = Ids.newId();

        WorkItem moved = item.withPlace(parent, Rank.initial(3));
        WorkItem copy = item.withIdentity(Ids.newId(), item.roadmapId(), null, item.sortKey());

        assertThat(moved.parentId()).isEqualTo(parent);
        assertThat(moved.withPlace(null, item.sortKey())).isEqualTo(item);
        assertThat(copy.id()).isNotEqualTo(item.id());
        assertThat(copy.withIdentity(item.id(), item.roadmapId(), null, item.sortKey())).isEqualTo(item);
    }
}
