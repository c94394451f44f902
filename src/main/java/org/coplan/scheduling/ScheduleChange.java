package org.coplan.scheduling;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** One edit as the scheduler sees it: items and links added or replaced (by id), and ids removed. */
public record ScheduleChange(Collection<ScheduleItem> upsertedItems, Collection<UUID> removedItems,
                             Collection<ScheduleLink> upsertedLinks, Collection<UUID> removedLinks) {

    public ScheduleChange {
        upsertedItems = List.copyOf(upsertedItems);
        removedItems = List.copyOf(removedItems);
        upsertedLinks = List.copyOf(upsertedLinks);
        removedLinks = List.copyOf(removedLinks);
    }

    public static ScheduleChange ofItem(ScheduleItem item) {
        return new ScheduleChange(List.of(item), List.of(), List.of(), List.of());
    }

    public static ScheduleChange ofLink(ScheduleLink link) {
        return new ScheduleChange(List.of(), List.of(), List.of(link), List.of());
    }

    public static ScheduleChange removingItem(UUID itemId) {
        return new ScheduleChange(List.of(), List.of(itemId), List.of(), List.of());
    }

    public static ScheduleChange removingLink(UUID linkId) {
        return new ScheduleChange(List.of(), List.of(), List.of(), List.of(linkId));
    }

    /** True when the change changes nothing. */
    boolean isEmpty() {
        return upsertedItems.isEmpty() && removedItems.isEmpty() && upsertedLinks.isEmpty() && removedLinks.isEmpty();
    }
}
