package org.coplan.service.baseline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.scheduling.WorkingTime;

/**
 * Start and finish variance of a roadmap's items against one baseline, as MS Project's Start Variance and
 * Finish Variance: current minus baseline, in working days of the item's calendar.
 *
 * <p>Built in one pass over the outline, children before parents: an item's baseline dates are its own
 * entry, else (a summary added after the baseline was saved) the earliest start and latest finish of its
 * children's. An item with neither, such as a row added since, has no variance at all, which is not the
 * same as being on time. The variance itself is counted when asked, from the item as it is then, so the
 * table stays right through field edits and only a change of the outline or of the baseline needs a new one.
 */
public final class VarianceTable {

    private static final VarianceTable NONE = new VarianceTable(Map.of(), item -> WorkingTime.standard());

    private final Map<UUID, Span> baselineDates;
    private final Function<WorkItem, WorkingTime> calendars;

    private VarianceTable(Map<UUID, Span> baselineDates, Function<WorkItem, WorkingTime> calendars) {
        this.baselineDates = baselineDates;
        this.calendars = calendars;
    }

    private record Span(LocalDate start, LocalDate finish) {
        Span widen(Span other) {
            if (other == null) {
                return this;
            }
            return new Span(start.isBefore(other.start) ? start : other.start,
                    finish.isAfter(other.finish) ? finish : other.finish);
        }
    }

    /** No baseline to compare with: every item's variance is empty. */
    public static VarianceTable none() {
        return NONE;
    }

    /**
     * The plan against {@code baseline}; {@code calendars} gives the working time an item's dates are counted
     * in (its lead state's, else the roadmap's), asked each time a variance is counted.
     */
    public static VarianceTable of(RoadmapPlan plan, Baseline baseline, Function<WorkItem, WorkingTime> calendars) {
        Map<UUID, Span> own = HashMap.newHashMap(baseline.entries().size());
        for (BaselineEntry entry : baseline.entries()) {
            own.put(entry.workItemId(), new Span(entry.start(), entry.finish()));
        }
        List<WorkItem> outline = plan.outline();
        Map<UUID, Span> effective = HashMap.newHashMap(outline.size());
        Map<UUID, Span> fromChildren = new HashMap<>();
        for (WorkItem item : outline.reversed()) {
            Span span = own.get(item.id());
            if (span == null) {
                span = fromChildren.get(item.id());
            }
            if (span != null) {
                effective.put(item.id(), span);
                if (item.parentId() != null) {
                    fromChildren.merge(item.parentId(), span, Span::widen);
                }
            }
        }
        return new VarianceTable(effective, calendars);
    }

    /** The item, as it is now, against the baseline; empty when the baseline knows nothing of it. */
    public Optional<ItemVariance> variance(WorkItem current) {
        Span span = baselineDates.get(current.id());
        if (span == null) {
            return Optional.empty();
        }
        WorkingTime time = calendars.apply(current);
        return Optional.of(new ItemVariance(span.start(), span.finish(),
                workingDaysFrom(span.start(), current.start(), time),
                workingDaysFrom(span.finish(), current.finish(), time)));
    }

    /** Whether the baseline holds dates for the item (its own or its children's). */
    public boolean covers(UUID itemId) {
        return baselineDates.containsKey(itemId);
    }

    /**
     * Working days from {@code baseline} to {@code current}: the working days after the earlier date up to and
     * including the later one, negative when {@code current} is earlier. A Friday baseline and a Monday start
     * are one day apart; a holiday between them does not count.
     */
    public static int workingDaysFrom(LocalDate baseline, LocalDate current, WorkingTime time) {
        int order = current.compareTo(baseline);
        if (order == 0) {
            return 0;
        }
        return order > 0
                ? time.workingDaysBetween(baseline.plusDays(1), current)
                : -time.workingDaysBetween(current.plusDays(1), baseline);
    }
}
