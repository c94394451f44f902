package org.coplan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.MemberState;
import org.coplan.domain.Organization;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.scheduling.ItemTiming;
import org.coplan.service.ProgrammeTimings;
import org.coplan.service.ReferenceData;
import org.coplan.service.baseline.Baselines;
import org.coplan.service.baseline.VarianceTable;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.PlanStore;
import org.coplan.service.port.SyncDatabase;

/**
 * Reads what a milestone report needs from the plan database in one transaction and decides each milestone's
 * status: the programmes' milestones dated in the period, their baseline dates and variance, and the total
 * slack of a full scheduling pass (the same the editor computes), grouped as the options say.
 */
public final class MilestoneReports {

    private final PlanDatabase database;

    public MilestoneReports(PlanDatabase database) {
        this.database = database;
    }

    /** A programme and its roadmaps with the names of their saved baselines, for the report's options. */
    public record ProgrammeChoice(Programme programme, List<Roadmap> roadmaps, List<String> baselineNames) {
    }

    /** What the report can be made of: every programme with its roadmaps and baseline names. */
    public List<ProgrammeChoice> choices() {
        return database.read(store -> {
            List<ProgrammeChoice> choices = new ArrayList<>();
            for (Programme programme : store.programmes().findAll()) {
                List<Roadmap> roadmaps = store.roadmaps().findByProgramme(programme.id());
                Set<String> names = new LinkedHashSet<>();
                roadmaps.forEach(roadmap -> store.baselines().findByRoadmap(roadmap.id()).stream()
                        .sorted(Comparator.comparingInt(Baseline::slot)).forEach(b -> names.add(b.name())));
                choices.add(new ProgrammeChoice(programme, roadmaps, List.copyOf(names)));
            }
            choices.sort(Comparator.comparing(choice -> choice.programme().title()));
            return choices;
        });
    }

    /**
     * @throws PlanRuleViolation for a programme id the plan does not hold, or a loop in the stored links
     */
    public MilestoneReport build(MilestoneReportOptions options) {
        String replica = database instanceof SyncDatabase sync
                ? sync.readSync(store -> store.localReplica().name()) : "";
        return database.read(store -> build(store, options, replica));
    }

    private MilestoneReport build(PlanStore store, MilestoneReportOptions options, String replica) {
        Locale locale = options.language().locale();
        ReportTexts texts = new ReportTexts(options.language());
        ReferenceData reference = ReferenceData.load(store);
        List<Programme> programmes = programmes(store, options);
        Map<String, List<MilestoneRow>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<MilestoneRow> unassigned = new ArrayList<>();
        Set<String> baselinesUsed = new LinkedHashSet<>();
        int roadmapCount = 0;
        for (Programme programme : programmes) {
            List<Roadmap> roadmaps = store.roadmaps().findByProgramme(programme.id()).stream()
                    .filter(r -> options.roadmapIds().isEmpty() || options.roadmapIds().contains(r.id()))
                    .toList();
            if (roadmaps.isEmpty()) {
                continue;
            }
            ProgrammeTimings timings = ProgrammeTimings.load(store, programme.id(), reference);
            for (Roadmap roadmap : roadmaps) {
                List<WorkItem> items = store.workItems().findByRoadmap(roadmap.id());
                RoadmapPlan plan = new RoadmapPlan(roadmap, items, List.of());
                Optional<Baseline> baseline = baseline(store, roadmap, options.baselineName());
                baseline.ifPresent(found -> baselinesUsed.add(found.name()));
                VarianceTable variance = baseline
                        .map(found -> VarianceTable.of(plan, found, item -> timings.workingTime(roadmap, item)))
                        .orElse(VarianceTable.none());
                Map<UUID, BaselineEntry> entries = new HashMap<>();
                baseline.ifPresent(found -> found.entries().forEach(e -> entries.put(e.workItemId(), e)));
                boolean any = false;
                for (WorkItem item : plan.outline()) {
                    if (!item.isMilestone() || !options.period().contains(item.finish())
                            || (!options.includeCompleted() && item.percentComplete() >= 100)) {
                        continue;
                    }
                    any = true;
                    MilestoneRow row = row(options, reference, locale, programme, roadmap, plan, item,
                            variance, timings.timing(item.id()));
                    String key = groupTitle(options.groupBy(), reference, locale, programme, item);
                    if (key == null) {
                        unassigned.add(row);
                    } else {
                        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
                    }
                }
                roadmapCount += any ? 1 : 0;
            }
        }
        Comparator<MilestoneRow> order = Comparator.comparing(MilestoneRow::currentDate)
                .thenComparing(MilestoneRow::roadmap).thenComparing(MilestoneRow::wbs, MilestoneReports::compareWbs);
        List<MilestoneGroup> result = new ArrayList<>();
        groups.forEach((title, rows) -> result.add(new MilestoneGroup(title, rows.stream().sorted(order).toList())));
        if (!unassigned.isEmpty()) {
            String title = switch (options.groupBy()) {
                case STATE -> texts.tr("report.group.no-state");
                case AREA -> texts.tr("report.group.no-area");
                case PROGRAMME -> texts.tr("report.group.no-programme");
            };
            result.add(new MilestoneGroup(title, unassigned.stream().sorted(order).toList()));
        }
        return new MilestoneReport(options, programmes.stream().map(Programme::title).toList(),
                String.join(", ", baselinesUsed), replica, roadmapCount, result);
    }

    private static List<Programme> programmes(PlanStore store, MilestoneReportOptions options) {
        if (options.programmeIds().isEmpty()) {
            return store.programmes().findAll().stream().sorted(Comparator.comparing(Programme::title)).toList();
        }
        List<Programme> chosen = new ArrayList<>();
        for (UUID id : options.programmeIds()) {
            chosen.add(store.programmes().find(id)
                    .orElseThrow(() -> PlanRuleViolation.of("report.error.unknown-programme", id)));
        }
        chosen.sort(Comparator.comparing(Programme::title));
        return chosen;
    }

    /** The named baseline (case does not matter), else, without a name, the slot the roadmap is compared with. */
    private static Optional<Baseline> baseline(PlanStore store, Roadmap roadmap, String name) {
        List<Baseline> saved = store.baselines().findByRoadmap(roadmap.id());
        if (name != null) {
            return saved.stream().filter(b -> b.name().equalsIgnoreCase(name)).findFirst();
        }
        int slot = Baselines.comparedSlot(store, roadmap.id());
        return saved.stream().filter(b -> b.slot() == slot).findFirst();
    }

    private static MilestoneRow row(MilestoneReportOptions options, ReferenceData reference, Locale locale,
                                    Programme programme, Roadmap roadmap, RoadmapPlan plan, WorkItem item,
                                    VarianceTable variance, Optional<ItemTiming> timing) {
        var compared = variance.variance(item);
        OptionalInt varianceDays = compared.map(v -> OptionalInt.of(v.finishDays())).orElse(OptionalInt.empty());
        OptionalInt slack = timing.map(t -> OptionalInt.of(t.totalSlack())).orElse(OptionalInt.empty());
        MilestoneStatus status = options.rules().of(item.percentComplete(), item.finish(), varianceDays, slack);
        String state = reference.state(item.leadStateId()).map(s -> s.name().in(locale)).orElse("");
        String organization = reference.organization(item.leadOrganizationId()).map(Organization::label).orElse("");
        return new MilestoneRow(item.id(), programme.title(), roadmap.name(), plan.wbs(item.id()), item.name(), state,
                organization, compared.map(v -> v.baselineFinish()).orElse(null), item.finish(), varianceDays, slack,
                item.percentComplete(), status, item.deliverable() == null ? "" : item.deliverable());
    }

    private static String groupTitle(GroupBy groupBy, ReferenceData reference, Locale locale, Programme programme,
                                     WorkItem item) {
        return switch (groupBy) {
            case STATE -> reference.state(item.leadStateId()).map(MemberState::name).map(n -> n.in(locale))
                    .orElse(null);
            case AREA -> reference.priorityArea(item.priorityAreaId()).map(PriorityArea::name).map(n -> n.in(locale))
                    .orElse(null);
            case PROGRAMME -> programme.title();
        };
    }

    /** "1.2" before "1.10": WBS codes compared number by number. */
    static int compareWbs(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = compareNumber(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareNumber(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException notNumbers) {
            return a.compareTo(b);
        }
    }
}
