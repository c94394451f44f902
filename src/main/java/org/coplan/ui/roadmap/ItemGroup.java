package org.coplan.ui.roadmap;

import java.util.List;
import java.util.UUID;
import org.coplan.domain.WorkItem;

/**
 * One swimlane of a grouping: the items that share a lead state (or priority area), in outline order.
 *
 * @param key      the state or area; null for the items that have none
 * @param label    "KZ — Kazakhstan", or "No lead state"
 * @param category the colour category of the state or area (its place among them), −1 for none
 * @param items    the items, in outline order
 */
record ItemGroup(UUID key, String label, int category, List<WorkItem> items) {

    ItemGroup {
        items = List.copyOf(items);
    }
}
