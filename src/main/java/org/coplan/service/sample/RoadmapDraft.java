package org.coplan.service.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.Dependency;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.scheduling.WorkingTime;

/**
 * A sample roadmap written as an outline of {@link DraftItem}s, turned into stored records with dates that
 * look scheduled: each activity's finish follows from its start, duration and lead state's calendar,
 * successors start after their predecessors, phases span their children. It is scheduled twice, as
 * approved (the baseline) and as it stands (with the slips), so the plan shows some slippage.
 */
final class RoadmapDraft {

    /** The day the sample's progress is measured on: work before it is done, after it not started. */
    static final LocalDate STATUS_DATE = LocalDate.of(2026, 10, 1);

    private record Dates(LocalDate start, LocalDate finish, int durationDays) {
    }

    private final String name;
    private final String description;
    private final String defaultStateIso;
    private final LocalDate start;
    private final LocalDate baselineTakenOn;
    private final Map<String, DraftItem> items = new LinkedHashMap<>();

    RoadmapDraft(String name, String description, String defaultStateIso, LocalDate start,
                 LocalDate baselineTakenOn) {
        this.name = name;
        this.description = description;
        this.defaultStateIso = defaultStateIso;
        this.start = start;
        this.baselineTakenOn = baselineTakenOn;
    }

    DraftItem phase(String key, String parentKey, String itemName) {
        return add(new DraftItem(key, parentKey, itemName, WorkItemKind.PHASE, 0));
    }

    DraftItem activity(String key, String parentKey, String itemName, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("an activity lasts at least a day: " + key);
        }
        return add(new DraftItem(key, parentKey, itemName, WorkItemKind.ACTIVITY, days));
    }

    DraftItem milestone(String key, String parentKey, String itemName) {
        return add(new DraftItem(key, parentKey, itemName, WorkItemKind.MILESTONE, 0));
    }

    private DraftItem add(DraftItem item) {
        if (items.containsKey(item.key)) {
            throw new IllegalArgumentException("key written twice: " + item.key);
        }
        if (item.parentKey != null && !(items.containsKey(item.parentKey) && items.get(item.parentKey).isPhase())) {
            throw new IllegalArgumentException("parent must be an earlier phase: " + item.key);
        }
        items.put(item.key, item);
        return item;
    }

    int size() {
        return items.size();
    }

    /** The roadmap's records: items in outline order, links, and the approved plan as baseline 0. */
    SampleRoadmap build(UUID programmeId, String sortKey, SampleReferences references) {
        Roadmap roadmap = new Roadmap(Ids.newId(), programmeId, name, description,
                references.calendarOf(defaultStateIso).id(), sortKey);
        Map<String, UUID> ids = new HashMap<>();
        items.keySet().forEach(key -> ids.put(key, Ids.newId()));
        Map<String, Dates> approved = schedule(references, false);
        Map<String, Dates> current = schedule(references, true);
        Map<String, Integer> progress = progress(current);

        Map<String, Integer> siblingIndex = new HashMap<>();
        List<WorkItem> records = new ArrayList<>();
        List<Dependency> links = new ArrayList<>();
        List<BaselineEntry> entries = new ArrayList<>();
        for (DraftItem item : outline()) {
            Dates dates = current.get(item.key);
            String scope = item.parentKey == null ? "" : item.parentKey;
            int index = siblingIndex.merge(scope, 1, Integer::sum) - 1;
            Set<UUID> participants = item.participantIsos.stream().map(iso -> references.state(iso).id())
                    .collect(Collectors.toSet());
            String areaCode = inherited(item, d -> d.areaCode);
            String organizationKey = inherited(item, d -> d.organizationKey);
            records.add(new WorkItem(ids.get(item.key), roadmap.id(),
                    item.parentKey == null ? null : ids.get(item.parentKey), Rank.initial(index), item.name,
                    item.kind, dates.start(), dates.finish(), dates.durationDays(), progress.get(item.key),
                    references.state(stateOf(item)).id(),
                    organizationKey == null ? null : references.organization(organizationKey).id(), participants,
                    areaCode == null ? null : references.priorityArea(areaCode).id(), item.deliverable, item.notes,
                    constraintOf(item)));
            for (DraftItem.Link link : item.links) {
                links.add(new Dependency(Ids.newId(), ids.get(link.predecessorKey()), ids.get(item.key),
                        link.type(), link.lagDays()));
            }
            Dates planned = approved.get(item.key);
            entries.add(new BaselineEntry(ids.get(item.key), planned.start(), planned.finish(),
                    planned.durationDays()));
        }
        Baseline baseline = new Baseline(Ids.newId(), roadmap.id(), 0, "Approved plan", baselineTakenOn, entries);
        Map<String, UUID> itemIds = Map.copyOf(ids);
        return new SampleRoadmap(roadmap, records, links, baseline, itemIds);
    }

    /** Items parents first, children in the order written: the outline order. */
    private List<DraftItem> outline() {
        Map<String, List<DraftItem>> children = new HashMap<>();
        items.values().forEach(item -> children.computeIfAbsent(item.parentKey == null ? "" : item.parentKey,
                k -> new ArrayList<>()).add(item));
        List<DraftItem> result = new ArrayList<>(items.size());
        collect("", children, result);
        return result;
    }

    private static void collect(String scope, Map<String, List<DraftItem>> children, List<DraftItem> into) {
        for (DraftItem child : children.getOrDefault(scope, List.of())) {
            into.add(child);
            collect(child.key, children, into);
        }
    }

    private Map<String, Dates> schedule(SampleReferences references, boolean withSlips) {
        Map<String, Dates> dates = new HashMap<>();
        // activities and milestones in the order written: every predecessor comes before its successors
        for (DraftItem item : items.values()) {
            if (item.isPhase()) {
                continue;
            }
            WorkingTime time = references.workingTimeOf(stateOf(item));
            int duration = item.plannedDays + (withSlips ? item.slipDays : 0);
            LocalDate earliest = anchorOf(item);
            for (DraftItem.Link link : item.links) {
                Dates predecessor = dates.get(link.predecessorKey());
                if (predecessor == null) {
                    throw new IllegalStateException(item.key + " links to a later item or a phase: "
                            + link.predecessorKey());
                }
                LocalDate bound = switch (link.type()) {
                    case FS -> item.kind == WorkItemKind.MILESTONE
                            ? shift(time, predecessor.finish(), link.lagDays())
                            : shift(time, time.nextWorkingDay(predecessor.finish().plusDays(1)), link.lagDays());
                    case SS -> shift(time, predecessor.start(), link.lagDays());
                    case FF -> time.startOf(shift(time, predecessor.finish(), link.lagDays()), duration);
                    case SF -> throw new IllegalStateException("the sample writes no start-to-finish links");
                };
                if (bound.isAfter(earliest)) {
                    earliest = bound;
                }
            }
            LocalDate itemStart = time.nextWorkingDay(earliest);
            dates.put(item.key, new Dates(itemStart, time.finishOf(itemStart, duration), duration));
        }
        List<DraftItem> phasesChildrenFirst = new ArrayList<>(items.values()).reversed();
        for (DraftItem phase : phasesChildrenFirst) {
            if (!phase.isPhase()) {
                continue;
            }
            List<Dates> children = items.values().stream().filter(i -> phase.key.equals(i.parentKey))
                    .map(i -> dates.get(i.key)).toList();
            if (children.isEmpty()) {
                throw new IllegalStateException("a phase without work: " + phase.key);
            }
            LocalDate first = children.stream().map(Dates::start).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = children.stream().map(Dates::finish).max(LocalDate::compareTo).orElseThrow();
            WorkingTime time = references.workingTimeOf(stateOf(phase));
            dates.put(phase.key, new Dates(first, last, time.workingDaysBetween(first, last)));
        }
        return dates;
    }

    /** Moves a day by {@code lag} working days, forwards or backwards. */
    private static LocalDate shift(WorkingTime time, LocalDate day, int lag) {
        LocalDate result = day;
        for (int i = 0; i < lag; i++) {
            result = time.nextWorkingDay(result.plusDays(1));
        }
        for (int i = 0; i > lag; i--) {
            result = time.previousWorkingDay(result.minusDays(1));
        }
        return result;
    }

    private Map<String, Integer> progress(Map<String, Dates> dates) {
        Map<String, Integer> percent = new HashMap<>();
        for (DraftItem item : items.values()) {
            if (!item.isPhase()) {
                percent.put(item.key, leafProgress(item, dates.get(item.key)));
            }
        }
        for (DraftItem phase : new ArrayList<>(items.values()).reversed()) {
            if (phase.isPhase()) {
                percent.put(phase.key, phaseProgress(phase, dates, percent));
            }
        }
        return percent;
    }

    private static int leafProgress(DraftItem item, Dates dates) {
        if (dates.finish().isBefore(STATUS_DATE)) {
            return 100;
        }
        if (!dates.start().isBefore(STATUS_DATE) || item.kind == WorkItemKind.MILESTONE) {
            return 0;
        }
        long elapsed = java.time.temporal.ChronoUnit.DAYS.between(dates.start(), STATUS_DATE);
        long total = java.time.temporal.ChronoUnit.DAYS.between(dates.start(), dates.finish()) + 1;
        // planners report progress in steps of five per cent
        return (int) Math.min(95, Math.round(elapsed * 20.0 / total) * 5);
    }

    /** Weighted by duration, as MS Project rolls up summary progress; milestones weigh nothing. */
    private int phaseProgress(DraftItem phase, Map<String, Dates> dates, Map<String, Integer> percent) {
        long weight = 0;
        long done = 0;
        boolean allDone = true;
        for (DraftItem child : items.values()) {
            if (!phase.key.equals(child.parentKey)) {
                continue;
            }
            int days = dates.get(child.key).durationDays();
            weight += days;
            done += (long) days * percent.get(child.key);
            allDone &= percent.get(child.key) == 100;
        }
        if (weight == 0) {
            return allDone ? 100 : 0;
        }
        return (int) (done / weight);
    }

    private LocalDate anchorOf(DraftItem item) {
        for (DraftItem at = item; at != null; at = at.parentKey == null ? null : items.get(at.parentKey)) {
            if (at.notBefore != null) {
                return at.notBefore;
            }
        }
        return start;
    }

    private ItemConstraint constraintOf(DraftItem item) {
        if (item.isPhase()) {
            return ItemConstraint.NONE;
        }
        LocalDate anchor = anchorOf(item);
        return anchor.equals(start) ? ItemConstraint.NONE
                : new ItemConstraint(ConstraintType.START_NO_EARLIER_THAN, anchor);
    }

    private String stateOf(DraftItem item) {
        String iso = inherited(item, d -> d.stateIso);
        return iso == null ? defaultStateIso : iso;
    }

    private String inherited(DraftItem item, java.util.function.Function<DraftItem, String> field) {
        for (DraftItem at = item; at != null; at = at.parentKey == null ? null : items.get(at.parentKey)) {
            String value = field.apply(at);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
