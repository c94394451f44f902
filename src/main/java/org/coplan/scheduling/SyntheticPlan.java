package org.coplan.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.DependencyType;

/**
 * A random acyclic plan in memory, for benchmarks and property tests: an outline 3 to 5 levels deep, about a
 * tenth of the leaves milestones, five Monday-to-Friday calendars with fixed-date holidays (like the member
 * states'), links mostly finish-to-start between nearby leaves, some with lags, leads or elapsed lags, some
 * into or out of summaries; now and then a constraint or a manually scheduled item. A link only ever goes
 * from an item to one that comes after the item's whole subtree in outline order, which is what keeps the
 * plan free of cycles (a summary's outline edges all point down its own subtree and back up).
 * The same arguments give the same plan.
 */
public record SyntheticPlan(List<ScheduleItem> items, List<ScheduleLink> links, LocalDate projectStart) {

    public static final LocalDate PROJECT_START = LocalDate.of(2025, 1, 6);

    private static final int[][] HOLIDAYS = {
            {101, 102, 106, 128, 308, 424, 501, 509, 528, 705, 921, 1231},  // like Armenia's
            {101, 102, 107, 308, 501, 509, 703, 1107, 1225},                // like Belarus's
            {101, 102, 107, 308, 321, 322, 323, 501, 507, 509, 706, 830, 1025, 1216},
            {101, 107, 223, 308, 321, 501, 509, 831, 1107, 1108},
            {101, 102, 103, 104, 105, 106, 107, 108, 223, 308, 501, 509, 612, 1104},
    };

    public SyntheticPlan {
        items = List.copyOf(items);
        links = List.copyOf(links);
    }

    /** The plan numbered for the engine, as a loader would hand it over (see {@link IndexedPlan}). */
    public IndexedPlan indexed() {
        return IndexedPlan.of(items, links, projectStart);
    }

    /** The five calendars, one shared instance each, as an application would hold them. */
    public static List<WorkingTime> calendars() {
        List<WorkingTime> calendars = new ArrayList<>();
        for (int[] days : HOLIDAYS) {
            Set<LocalDate> holidays = new HashSet<>();
            for (int year = 2025; year <= 2035; year++) {
                for (int day : days) {
                    holidays.add(MonthDay.of(day / 100, day % 100).atYear(year));
                }
            }
            calendars.add(new WorkingTime(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays));
        }
        return List.copyOf(calendars);
    }

    /**
     * @param hardConstraints whether to put the odd must-start-on, start-no-later-than … constraint and
     *                        manually scheduled item in, which can leave links unmet (negative slack)
     */
    public static SyntheticPlan generate(int itemCount, int linkCount, long seed, boolean hardConstraints) {
        return new Generator(itemCount, seed, hardConstraints, calendars()).plan(linkCount);
    }

    public static SyntheticPlan generate(int itemCount, int linkCount, long seed) {
        return generate(itemCount, linkCount, seed, true);
    }

    private static final class Generator {
        private final SplittableRandom random;
        private final boolean hardConstraints;
        private final List<WorkingTime> calendars;
        private final int depth;
        private final int branching;
        private final int itemCount;
        private final UUID[] ids;
        private final int[] parent;
        private final int[] level;
        private final int[] calendarOf;
        private int size;

        Generator(int itemCount, long seed, boolean hardConstraints, List<WorkingTime> calendars) {
            this.random = new SplittableRandom(seed);
            this.hardConstraints = hardConstraints;
            this.calendars = calendars;
            this.itemCount = itemCount;
            this.depth = 3 + random.nextInt(3);
            this.branching = Math.max(2, (int) Math.round(Math.pow(Math.max(1, itemCount), 1.0 / depth)));
            this.ids = new UUID[itemCount];
            this.parent = new int[itemCount];
            this.level = new int[itemCount];
            this.calendarOf = new int[itemCount];
            for (int i = 0; i < itemCount; i++) {
                ids[i] = new UUID(seed, i);
            }
        }

        SyntheticPlan plan(int linkCount) {
            while (size < itemCount) {
                outline(-1, 0);
            }
            int[] subtreeEnd = new int[itemCount];
            boolean[] hasChildren = new boolean[itemCount];
            for (int i = itemCount - 1; i >= 0; i--) {
                subtreeEnd[i] = Math.max(subtreeEnd[i], i);
                if (parent[i] >= 0) {
                    hasChildren[parent[i]] = true;
                    subtreeEnd[parent[i]] = Math.max(subtreeEnd[parent[i]], subtreeEnd[i]);
                }
            }
            // leaves spread over the years in outline order: links only go forward in time, so the
            // scheduled plan stays about as long as this timeline, as a real one does
            int[] leaves = new int[itemCount];
            int[] firstLeafAtOrAfter = new int[itemCount + 1];
            int leafCount = 0;
            for (int i = 0; i < itemCount; i++) {
                if (!hasChildren[i]) {
                    leaves[leafCount++] = i;
                }
            }
            firstLeafAtOrAfter[itemCount] = leafCount;
            for (int i = itemCount - 1, next = leafCount; i >= 0; i--) {
                if (!hasChildren[i]) {
                    next--;
                }
                firstLeafAtOrAfter[i] = next;
            }
            Timeline timeline = new Timeline(leafCount);
            List<ScheduleItem> items = new ArrayList<>(itemCount);
            int[] duration = new int[itemCount];
            for (int i = 0; i < itemCount; i++) {
                ScheduleItem item = item(i, hasChildren[i], timeline.start(firstLeafAtOrAfter[i]));
                items.add(item);
                duration[i] = item.durationDays();
            }
            List<ScheduleLink> links = new ArrayList<>(linkCount);
            for (int attempt = 0; links.size() < linkCount && attempt < 4 * linkCount + 100; attempt++) {
                // from a leaf or (now and then) a summary, whose timeline ends with its last leaf
                int from = random.nextInt(50) == 0 ? random.nextInt(itemCount) : leaves[random.nextInt(leafCount)];
                int lastLeaf = firstLeafAtOrAfter[subtreeEnd[from]];
                int earliest = timeline.firstLeafStartingAfter(lastLeaf, duration[leaves[lastLeaf]]);
                if (earliest >= leafCount) {
                    continue;
                }
                // mostly to work soon after, now and then to work far ahead
                int position = random.nextInt(10) > 0
                        ? Math.min(leafCount - 1, earliest + random.nextInt(30))
                        : earliest + random.nextInt(leafCount - earliest);
                int to = leaves[position];
                // now and then into the summary above that leaf, if it begins there and not before
                if (random.nextInt(50) == 0 && parent[to] > subtreeEnd[from]
                        && firstLeafAtOrAfter[parent[to]] == position) {
                    to = parent[to];
                }
                // MS Project refuses finish-to-finish and start-to-finish links into a summary
                links.add(link(links.size(), from, to, hasChildren[to]));
            }
            return new SyntheticPlan(items, links, PROJECT_START);
        }

        /** Nominal start days of the leaves, evenly over about six years. */
        private static final class Timeline {
            private static final int SPAN_DAYS = 6 * 365;
            private final int leafCount;

            Timeline(int leafCount) {
                this.leafCount = Math.max(1, leafCount);
            }

            LocalDate start(int leafPosition) {
                return PROJECT_START.plusDays(offset(leafPosition));
            }

            private long offset(int leafPosition) {
                return (long) SPAN_DAYS * leafPosition / leafCount;
            }

            /** The first leaf whose nominal start leaves room for this leaf's work, weekends, lags and leads. */
            int firstLeafStartingAfter(int leafPosition, int durationDays) {
                long earliest = offset(leafPosition) + durationDays * 7L / 5 + 21;
                return (int) Math.min(leafCount, (earliest * leafCount + SPAN_DAYS - 1) / SPAN_DAYS);
            }
        }

        /** Lays out one subtree in outline order (parents before children). */
        private void outline(int parentIndex, int atLevel) {
            if (size >= itemCount) {
                return;
            }
            int i = size++;
            parent[i] = parentIndex;
            level[i] = atLevel;
            // work stays with the state leading its phase, now and then handed to another
            calendarOf[i] = parentIndex < 0 || random.nextInt(5) == 0
                    ? random.nextInt(calendars.size()) : calendarOf[parentIndex];
            if (atLevel < depth - 1) {
                int children = 1 + random.nextInt(2 * branching);
                for (int c = 0; c < children; c++) {
                    outline(i, atLevel + 1);
                }
            }
        }

        private ScheduleItem item(int i, boolean summary, LocalDate nominalStart) {
            UUID parentId = parent[i] < 0 ? null : ids[parent[i]];
            WorkingTime calendar = calendars.get(calendarOf[i]);
            boolean milestone = !summary && random.nextInt(10) == 0;
            int duration = milestone ? 0 : 1 + random.nextInt(40);
            int percent = random.nextInt(4) == 0 ? random.nextInt(101) : 0;
            ConstraintType constraint = ConstraintType.AS_SOON_AS_POSSIBLE;
            LocalDate date = null;
            int roll = random.nextInt(1000);
            if (roll < 30) {
                constraint = random.nextBoolean() ? ConstraintType.START_NO_EARLIER_THAN
                        : ConstraintType.FINISH_NO_EARLIER_THAN;
            } else if (hardConstraints && roll < 40) {
                constraint = ConstraintType.values()[1 + random.nextInt(ConstraintType.values().length - 1)];
            }
            if (summary && constraint != ConstraintType.START_NO_EARLIER_THAN
                    && (constraint != ConstraintType.FINISH_NO_LATER_THAN)) {
                // as in MS Project, a summary takes only these two constraints
                constraint = ConstraintType.AS_SOON_AS_POSSIBLE;
            }
            if (constraint.needsDate()) {
                date = nominalStart.plusDays(random.nextInt(41) - 10);
            }
            if (hardConstraints && !summary && roll >= 990) {
                LocalDate start = nominalStart.plusDays(random.nextInt(21) - 5);
                LocalDate finish = milestone ? start : start.plusDays(random.nextInt(30));
                return new ScheduleItem(ids[i], parentId, start, finish, duration, percent, milestone, true,
                        constraint, date, calendar);
            }
            return new ScheduleItem(ids[i], parentId, null, null, duration, percent, milestone, false, constraint,
                    date, calendar);
        }

        private ScheduleLink link(int l, int from, int to, boolean intoSummary) {
            int roll = random.nextInt(intoSummary ? 92 : 100);
            DependencyType type = roll < 85 ? DependencyType.FS
                    : roll < 92 ? DependencyType.SS : roll < 98 ? DependencyType.FF : DependencyType.SF;
            int lagRoll = random.nextInt(100);
            int lag = lagRoll < 80 ? 0 : lagRoll < 95 ? 1 + random.nextInt(10) : -1 - random.nextInt(3);
            boolean elapsed = lag != 0 && random.nextInt(10) == 0;
            return new ScheduleLink(new UUID(~random.nextLong(), l), ids[from], ids[to], type, lag, elapsed);
        }
    }
}
