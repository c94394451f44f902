package org.coplan.service.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.domain.DateRange;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.MemberState;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.FullPass;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.sample.SampleReferenceData;
import org.coplan.service.sample.SampleReferences;

/**
 * Generates a large synthetic roadmap in a new programme, for trying Coplan at scale and for benchmarks:
 * a hierarchy 3 to 5 levels deep, about a tenth milestones, links only from an earlier to a later
 * activity or milestone in outline order (so never a cycle, never twice the same pair), dates from 2025 to
 * 2030 in each lead state's calendar. The same settings give the same plan, except for the fresh ids.
 */
public final class PlanGenerator {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
    static final LocalDate LAST_DAY = LocalDate.of(2030, 12, 31);
    private static final LocalDate STATUS_DATE = LocalDate.of(2026, 10, 1);

    private final GeneratorSettings settings;
    private final OutlineShape shape;

    /**
     * Lays out the tree at once, so that impossible settings are refused before any database is touched.
     *
     * @throws PlanRuleViolation when more links are asked for than there are pairs of items to link
     */
    public PlanGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.shape = new OutlineShape(settings.items(), new SplittableRandom(settings.seed()));
        long possible = LinkPlanner.maxLinks(shape.leafCount());
        if (settings.links() > possible) {
            throw PlanRuleViolation.of("error.generate-links-impossible", settings.links(), settings.items(),
                    possible);
        }
    }

    /** The most links this many items can take. */
    public long maxLinks() {
        return LinkPlanner.maxLinks(shape.leafCount());
    }

    /**
     * Builds the programme in memory; items are led by the given states in turn, scheduled in the
     * calendars {@code calendars} gives for them.
     */
    public GeneratedRoadmap build(List<MemberState> leadStates, Function<MemberState, WorkingTime> calendars) {
        if (leadStates.isEmpty()) {
            throw new IllegalArgumentException("the generator needs at least one lead state");
        }
        // a random stream of its own for dates and links, so the tree does not depend on them
        SplittableRandom random = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        Programme programme = new Programme(Ids.newId(), settings.programmeTitle(), ProgrammeKind.JOINT_PROJECT,
                null, new DateRange(LocalDate.of(2025, 1, 1), LAST_DAY), ProgrammeStatus.DRAFT, null, Set.of(),
                leadStates.stream().map(MemberState::id).collect(Collectors.toSet()));
        Roadmap roadmap = new Roadmap(Ids.newId(), programme.id(), settings.roadmapName(), null, null,
                Rank.initial(0));
        List<WorkingTime> times = leadStates.stream().map(calendars).toList();

        int size = shape.size();
        UUID[] ids = ascendingIds(size);
        int[] stateOf = new int[size];
        int[] siblingIndex = new int[size];
        int[] childCount = new int[size + 1];
        for (int i = 0; i < size; i++) {
            int parent = shape.parent(i);
            siblingIndex[i] = childCount[parent + 1]++;
            // work stays with the state leading its top phase, now and then handed to another
            stateOf[i] = parent < 0 || random.nextInt(5) == 0 ? random.nextInt(leadStates.size()) : stateOf[parent];
        }
        LocalDate[] starts = new LocalDate[size];
        LocalDate[] finishes = new LocalDate[size];
        int[] durations = new int[size];
        scheduleLeaves(random, times, stateOf, starts, finishes, durations);
        spanPhases(times, stateOf, starts, finishes, durations);

        List<WorkItem> items = new ArrayList<>(size);
        int[] counters = new int[WorkItemKind.values().length];
        for (int i = 0; i < size; i++) {
            WorkItemKind kind = shape.kind(i);
            int parent = shape.parent(i);
            items.add(new WorkItem(ids[i], roadmap.id(), parent < 0 ? null : ids[parent],
                    Rank.initial(siblingIndex[i]), name(kind, ++counters[kind.ordinal()]), kind, starts[i],
                    finishes[i], durations[i], progress(kind, starts[i], finishes[i]),
                    leadStates.get(stateOf[i]).id(), null, Set.of(), null, null, null, ItemConstraint.NONE));
        }
        List<Dependency> links = links(random, ids, starts, finishes);
        return new GeneratedRoadmap(programme, roadmap, scheduled(items, links, programme, leadStates, times), links);
    }

    /**
     * Stores a valid schedule: items no link drives keep their spread-out dates as start-no-earlier-than
     * constraints, the rest follow their links. Progress depends on the dates, and phases roll progress up,
     * so a second pass (cheap next to storing) rolls up the progress the first pass's dates give.
     */
    private static List<WorkItem> scheduled(List<WorkItem> drafted, List<Dependency> links, Programme programme,
                                            List<MemberState> leadStates, List<WorkingTime> times) {
        Map<UUID, WorkingTime> byState = new HashMap<>();
        for (int i = 0; i < leadStates.size(); i++) {
            byState.put(leadStates.get(i).id(), times.get(i));
        }
        Function<WorkItem, WorkingTime> calendars = item -> byState.get(item.leadStateId());
        LocalDate start = programme.period().start();
        List<WorkItem> dated = FullPass.schedule(FullPass.anchorUndriven(drafted, links), links, start, calendars);
        List<WorkItem> progressed = new ArrayList<>(dated.size());
        for (WorkItem item : dated) {
            progressed.add(item.kind() == WorkItemKind.PHASE ? item
                    : item.withPercentComplete(progress(item.kind(), item.start(), item.finish())));
        }
        return FullPass.schedule(progressed, links, start, calendars);
    }

    /**
     * Adds the member states where missing, then generates and stores the programme, all in one transaction.
     */
    public GeneratedRoadmap generateInto(PlanDatabase database) {
        return database.write(store -> {
            SampleReferences references = SampleReferenceData.ensureStates(store);
            List<MemberState> states = SampleReferenceData.MEMBER_STATES.stream().map(references::state).toList();
            GeneratedRoadmap generated = build(states, state -> references.workingTimeOf(state.isoCode()));
            store.programmes().insert(generated.programme());
            store.roadmaps().insert(generated.roadmap());
            store.workItems().insertAll(generated.items());
            store.dependencies().insertAll(generated.links());
            return generated;
        });
    }

    /** Leaves spread over the years in outline order, each lasting one to twelve weeks of work. */
    private void scheduleLeaves(SplittableRandom random, List<WorkingTime> times, int[] stateOf,
                                LocalDate[] starts, LocalDate[] finishes, int[] durations) {
        int[] leaves = shape.leaves();
        long span = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
        for (int position = 0; position < leaves.length; position++) {
            int leaf = leaves[position];
            WorkingTime time = times.get(stateOf[leaf]);
            LocalDate start = time.nextWorkingDay(FIRST_DAY.plusDays(span * position / leaves.length));
            int duration = shape.kind(leaf) == WorkItemKind.MILESTONE ? 0 : 5 + random.nextInt(56);
            LocalDate finish = time.finishOf(start, duration);
            if (finish.isAfter(LAST_DAY) || start.isAfter(LAST_DAY)) {
                start = time.previousWorkingDay(start.isAfter(LAST_DAY) ? LAST_DAY : start);
                finish = duration == 0 ? start : time.previousWorkingDay(LAST_DAY);
                duration = duration == 0 ? 0 : time.workingDaysBetween(start, finish);
            }
            starts[leaf] = start;
            finishes[leaf] = finish;
            durations[leaf] = duration;
        }
    }

    /** Phases from their first child's start to their last child's finish; children come after parents. */
    private void spanPhases(List<WorkingTime> times, int[] stateOf, LocalDate[] starts, LocalDate[] finishes,
                            int[] durations) {
        for (int i = shape.size() - 1; i >= 0; i--) {
            int parent = shape.parent(i);
            if (parent < 0) {
                continue;
            }
            if (starts[parent] == null || starts[i].isBefore(starts[parent])) {
                starts[parent] = starts[i];
            }
            if (finishes[parent] == null || finishes[i].isAfter(finishes[parent])) {
                finishes[parent] = finishes[i];
            }
        }
        for (int i = 0; i < shape.size(); i++) {
            if (shape.kind(i) == WorkItemKind.PHASE) {
                durations[i] = times.get(stateOf[i]).workingDaysBetween(starts[i], finishes[i]);
            }
        }
    }

    private List<Dependency> links(SplittableRandom random, UUID[] ids, LocalDate[] starts, LocalDate[] finishes) {
        int[] leaves = shape.leaves();
        long[] pairs = LinkPlanner.pick(leaves.length, settings.links(), random);
        // in predecessor order, with ascending ids, like the items (see ascendingIds)
        Arrays.sort(pairs);
        UUID[] linkIds = ascendingIds(pairs.length);
        List<Dependency> links = new ArrayList<>(pairs.length);
        for (int i = 0; i < pairs.length; i++) {
            int predecessor = leaves[(int) (pairs[i] / leaves.length)];
            int successor = leaves[(int) (pairs[i] % leaves.length)];
            int roll = random.nextInt(20);
            DependencyType type = roll < 17 ? DependencyType.FS : roll < 19 ? DependencyType.SS : DependencyType.FF;
            int lag = random.nextInt(10) == 0 ? 1 + random.nextInt(10) : 0;
            if (!fits(type, lag, starts[predecessor], finishes[predecessor], starts[successor], finishes[successor])) {
                type = DependencyType.SS;
                lag = 0;
            }
            links.add(new Dependency(linkIds[i], ids[predecessor], ids[successor], type, lag));
        }
        return links;
    }

    /**
     * Whether the link holds for the drafted dates already, with room to spare for weekends and holidays
     * (two calendar days per working day of lag, and four more). Most links join near neighbours that
     * overlap; a finish-to-start link between them would push its successor, and thousands of such pushes
     * in a row would carry the plan centuries past 2030. Such a link becomes start-to-start without lag
     * instead, which the outline order (starts ascend with it) keeps.
     */
    private static boolean fits(DependencyType type, int lag, LocalDate predecessorStart, LocalDate predecessorFinish,
                                LocalDate successorStart, LocalDate successorFinish) {
        int margin = 2 * lag + 4;
        return switch (type) {
            case FS -> predecessorFinish.plusDays(margin).isBefore(successorStart);
            case SS -> predecessorStart.plusDays(margin).isBefore(successorStart);
            case FF -> predecessorFinish.plusDays(margin).isBefore(successorFinish);
            case SF -> predecessorStart.plusDays(margin).isBefore(successorFinish);
        };
    }

    /**
     * Fresh ids in ascending order. Ids made in the same millisecond are in random order among themselves;
     * handing them out sorted makes each bulk insert append to the indexes instead of scattering over them,
     * which makes storing 200,000 links several times faster.
     */
    private static UUID[] ascendingIds(int count) {
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = Ids.newId();
        }
        Arrays.sort(ids);
        return ids;
    }

    private String name(WorkItemKind kind, int number) {
        GeneratorSettings.ItemNames names = settings.itemNames();
        String prefix = switch (kind) {
            case PHASE -> names.phase();
            case ACTIVITY -> names.activity();
            case MILESTONE -> names.milestone();
        };
        return prefix + " " + number;
    }

    private static int progress(WorkItemKind kind, LocalDate start, LocalDate finish) {
        if (finish.isBefore(STATUS_DATE)) {
            return 100;
        }
        if (kind == WorkItemKind.MILESTONE || !start.isBefore(STATUS_DATE)) {
            return 0;
        }
        return 50;
    }

    /** The depth of the tree, for tests and reports. */
    public int levels() {
        return shape.maxLevel();
    }
}
