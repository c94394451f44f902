package org.coplan.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.coplan.domain.Dependency;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Problem;
import org.coplan.scheduling.WorkingTime;

/**
 * An imported plan turned into domain records for one new roadmap: fresh ids, sort keys in the file's order,
 * kinds from the shape (children make a phase, a flag or zero days a milestone), dates completed from the
 * calendar. What the domain cannot hold is left out here and listed in {@code dropped}, never silently.
 */
record ImportPrepared(Roadmap roadmap, List<WorkItem> items, List<Dependency> links, WorkingTime calendar,
                      List<Problem> dropped, Map<UUID, String> names, Map<String, UUID> sourceKeys,
                      Map<String, UUID> itemIds) {

    private static final int NAME_LIMIT = 500;
    private static final int NOTES_LIMIT = 10_000;

    static ImportPrepared of(Roadmap roadmap, ImportedPlan plan, UnaryOperator<String> unnamedItem,
                            WorkingTime calendar) {
        return of(roadmap, plan, unnamedItem, calendar, item -> null);
    }

    /**
     * As {@link #of(Roadmap, ImportedPlan, UnaryOperator, WorkingTime)}, but a task that {@code existing} maps
     * to an item of the roadmap keeps that item's id (the update of a roadmap from a newer file); each item id
     * is given to one task at most.
     */
    static ImportPrepared of(Roadmap roadmap, ImportedPlan plan, UnaryOperator<String> unnamedItem,
                            WorkingTime calendar, Function<ImportedItem, UUID> existing) {
        Map<String, UUID> ids = new HashMap<>();
        Map<String, UUID> sourceKeys = new HashMap<>();
        Set<UUID> taken = new HashSet<>();
        Set<String> parents = new HashSet<>();
        List<Problem> dropped = new ArrayList<>();
        int orphans = 0;
        for (ImportedItem item : plan.items()) {
            UUID matched = existing.apply(item);
            UUID id = matched != null && taken.add(matched) ? matched : Ids.newId();
            if (ids.putIfAbsent(item.sourceId(), id) != null) {
                throw ImportRefused.of("import.error.duplicate-id", item.sourceId());
            }
            sourceKeys.put(item.sourceKey(), id);
            if (item.parentSourceId() != null) {
                if (ids.containsKey(item.parentSourceId())) {
                    parents.add(item.parentSourceId());
                } else {
                    orphans++;
                }
            }
        }
        LocalDate fallbackStart = plan.items().stream().map(ImportedItem::start).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElseGet(LocalDate::now);
        Map<UUID, Integer> siblings = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        List<WorkItem> items = new ArrayList<>(plan.items().size());
        int shortened = 0;
        Set<String> seen = new HashSet<>();
        for (ImportedItem source : plan.items()) {
            seen.add(source.sourceId());
            UUID id = ids.get(source.sourceId());
            // a parent must come before its children; one that does not is not a parent here
            UUID parent = source.parentSourceId() != null && seen.contains(source.parentSourceId())
                    ? ids.get(source.parentSourceId()) : null;
            String name = source.name() == null || source.name().isBlank()
                    ? unnamedItem.apply(source.sourceId()) : source.name().strip();
            String notes = source.notes();
            if (name.length() > NAME_LIMIT || (notes != null && notes.strip().length() > NOTES_LIMIT)) {
                shortened++;
                name = limit(name, NAME_LIMIT);
                notes = notes == null ? null : limit(notes.strip(), NOTES_LIMIT);
            }
            WorkItemKind kind = parents.contains(source.sourceId()) ? WorkItemKind.PHASE
                    : source.milestone() || source.durationDays() == 0 ? WorkItemKind.MILESTONE
                    : WorkItemKind.ACTIVITY;
            int duration = kind == WorkItemKind.MILESTONE ? 0
                    : Math.min(source.durationDays(), WorkItem.MAX_DURATION_DAYS);
            LocalDate start = source.start() != null ? source.start() : fallbackStart;
            LocalDate finish = kind == WorkItemKind.MILESTONE ? start
                    : source.finish() != null && !source.finish().isBefore(start) ? source.finish()
                    : calendar.finishOf(calendar.nextWorkingDay(start), duration);
            int rank = siblings.merge(parent != null ? parent : roadmap.id(), 1, Integer::sum) - 1;
            ItemConstraint constraint = source.constraint();
            items.add(new WorkItem(id, roadmap.id(), parent, Rank.initial(rank), name, kind, start, finish,
                    duration, source.percentComplete(), null, null, Set.of(), null, null, notes, constraint,
                    source.manual()));
            names.put(id, name);
        }
        if (orphans > 0) {
            dropped.add(Problem.tr("import.dropped.unknown-parent", orphans));
        }
        if (shortened > 0) {
            dropped.add(Problem.tr("import.dropped.text-shortened", shortened));
        }
        List<Dependency> links = links(plan.links(), ids, dropped);
        return new ImportPrepared(roadmap, items, links, calendar, dropped, names, sourceKeys, ids);
    }

    private static List<Dependency> links(List<ImportedLink> sources, Map<String, UUID> ids, List<Problem> dropped) {
        List<Dependency> links = new ArrayList<>(sources.size());
        Set<List<UUID>> pairs = new HashSet<>();
        int dangling = 0;
        int repeated = 0;
        int lagLimited = 0;
        for (ImportedLink source : sources) {
            UUID predecessor = ids.get(source.predecessorSourceId());
            UUID successor = ids.get(source.successorSourceId());
            if (predecessor == null || successor == null || predecessor.equals(successor)) {
                dangling++;
                continue;
            }
            // the store holds one link per pair, as MS Project does
            if (!pairs.add(List.of(predecessor, successor))) {
                repeated++;
                continue;
            }
            int lag = Math.clamp(source.lagDays(), -Dependency.MAX_LAG_DAYS, Dependency.MAX_LAG_DAYS);
            lagLimited += lag != source.lagDays() ? 1 : 0;
            links.add(new Dependency(Ids.newId(), predecessor, successor, source.type(), lag, source.lagUnit()));
        }
        if (dangling > 0) {
            dropped.add(Problem.tr("import.dropped.dangling-links", dangling));
        }
        if (repeated > 0) {
            dropped.add(Problem.tr("import.dropped.repeated-links", repeated));
        }
        if (lagLimited > 0) {
            dropped.add(Problem.tr("import.dropped.lag-limited", lagLimited, Dependency.MAX_LAG_DAYS));
        }
        return links;
    }

    private static String limit(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit);
    }

    /** The items of a loop by name, for the refusal. */
    String namesOf(List<UUID> cycle) {
        return cycle.stream().map(id -> names.getOrDefault(id, id.toString())).collect(Collectors.joining(" → "));
    }
}
