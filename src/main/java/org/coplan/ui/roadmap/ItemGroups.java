package org.coplan.ui.roadmap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Messages;

/**
 * Sorts a roadmap's items into swimlanes by lead state or by priority area. Lanes come in the order of the
 * reference list (the order planners know from the choice boxes), with the items that have none last; only
 * lanes with items are made. Every item (phases too) sits in exactly one lane, in outline order, so a lane
 * reads top to bottom like the plan. Each lane's colour category is its place among the lanes, so the
 * states of one roadmap get distinct colours even when the reference list is longer than the palette.
 */
final class ItemGroups {

    private final List<Choice<UUID>> choices;
    private final Function<WorkItem, UUID> keyOf;
    private final String noneLabel;
    private final Set<UUID> places = new HashSet<>();

    private ItemGroups(List<Choice<UUID>> choices, Function<WorkItem, UUID> keyOf, String noneLabel) {
        this.choices = choices;
        this.keyOf = keyOf;
        this.noneLabel = noneLabel;
        for (Choice<UUID> choice : choices) {
            if (choice.value() != null) {
                places.add(choice.value());
            }
        }
    }

    /** Lanes and colours by lead state. */
    static ItemGroups byLeadState(ReferenceChoices reference, Messages messages) {
        return new ItemGroups(reference.states(), WorkItem::leadStateId, messages.tr("ui.roadmap.group.no-state"));
    }

    /** Lanes and colours by priority area. */
    static ItemGroups byPriorityArea(ReferenceChoices reference, Messages messages) {
        return new ItemGroups(reference.priorityAreas(), WorkItem::priorityAreaId,
                messages.tr("ui.roadmap.group.no-area"));
    }

    /** The lead state or priority area of an item that this grouping sorts by; null when it has none. */
    UUID keyOf(WorkItem item) {
        UUID key = keyOf.apply(item);
        return key != null && places.contains(key) ? key : null;
    }

    /** The lanes of the plan. */
    List<ItemGroup> lanes(RoadmapPlan plan) {
        Map<UUID, List<WorkItem>> byKey = new LinkedHashMap<>();
        List<WorkItem> none = new ArrayList<>();
        for (WorkItem item : outline(plan)) {
            UUID key = keyOf(item);
            if (key != null) {
                byKey.computeIfAbsent(key, ignored -> new ArrayList<>()).add(item);
            } else {
                none.add(item);
            }
        }
        List<ItemGroup> lanes = new ArrayList<>();
        for (Choice<UUID> choice : choices) {
            List<WorkItem> items = choice.value() == null ? null : byKey.get(choice.value());
            if (items != null) {
                lanes.add(new ItemGroup(choice.value(), choice.label(), lanes.size(), items));
            }
        }
        if (!none.isEmpty()) {
            lanes.add(new ItemGroup(null, noneLabel, -1, none));
        }
        return lanes;
    }

    /** Every item of the plan in outline order (depth first, siblings by rank). */
    static List<WorkItem> outline(RoadmapPlan plan) {
        List<WorkItem> ordered = new ArrayList<>(plan.size());
        ArrayList<WorkItem> stack = new ArrayList<>(plan.children(null).reversed());
        while (!stack.isEmpty()) {
            WorkItem item = stack.removeLast();
            ordered.add(item);
            stack.addAll(plan.children(item.id()).reversed());
        }
        return ordered;
    }
}
