package org.coplan.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.coplan.domain.Baseline;
import org.coplan.domain.Dependency;
import org.coplan.domain.FundingLine;
import org.coplan.domain.MemberState;
import org.coplan.domain.Organization;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkCalendar;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.port.BaselineRepository;
import org.coplan.service.port.CalendarRepository;
import org.coplan.service.port.ChangeLogRepository;
import org.coplan.service.port.DependencyRepository;
import org.coplan.service.port.EntityRepository;
import org.coplan.service.port.FundingRepository;
import org.coplan.service.port.ItemSourceRepository;
import org.coplan.service.port.MemberStateRepository;
import org.coplan.service.port.OrganizationRepository;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.PlanStore;
import org.coplan.service.port.PriorityAreaRepository;
import org.coplan.service.port.ProgrammeRepository;
import org.coplan.service.port.RoadmapRepository;
import org.coplan.service.port.SettingRepository;
import org.coplan.service.port.StaleDataException;
import org.coplan.service.port.WorkItemRepository;

/**
 * A plan database in maps, for testing use cases without SQL. It keeps the promises of the port (a failed
 * write changes nothing; an update whose {@code before} is not what is stored is stale) and is stricter
 * than the real schema where that finds bugs sooner: deleting a row that others still point at fails
 * instead of cascading, so an edit that forgets a link, a child, a funding line or a baseline entry shows
 * up here instead of being lost silently.
 */
public final class InMemoryPlanDatabase implements PlanDatabase {

    private final Tables tables = new Tables();
    private int commits;
    private boolean open = true;

    @Override
    public <T> T read(Function<PlanStore, T> work) {
        requireOpen();
        return work.apply(new Store(tables, false));
    }

    @Override
    public <T> T write(Function<PlanStore, T> work) {
        requireOpen();
        Tables saved = tables.copy();
        try {
            T result = work.apply(new Store(tables, true));
            commits++;
            return result;
        } catch (RuntimeException failure) {
            tables.restore(saved);
            throw failure;
        }
    }

    /** Writes outside of any use case, to set up a test. */
    public void given(Consumer<PlanStore> work) {
        writeVoid(work);
    }

    /** How many write transactions committed. */
    public int commits() {
        return commits;
    }

    /** Everything stored, in a form two states of the database can be compared by. */
    public Map<String, Map<UUID, Object>> contents() {
        return tables.snapshot();
    }

    @Override
    public Path location() {
        return null;
    }

    @Override
    public void close() {
        open = false;
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("closed");
        }
    }

    /** The stored rows, by table. */
    private static final class Tables {
        Map<UUID, MemberState> states = new LinkedHashMap<>();
        Map<UUID, Organization> organizations = new LinkedHashMap<>();
        Map<UUID, PriorityArea> areas = new LinkedHashMap<>();
        Map<UUID, WorkCalendar> calendars = new LinkedHashMap<>();
        Map<UUID, Programme> programmes = new LinkedHashMap<>();
        Map<UUID, Roadmap> roadmaps = new LinkedHashMap<>();
        Map<UUID, WorkItem> items = new LinkedHashMap<>();
        Map<UUID, Dependency> links = new LinkedHashMap<>();
        Map<UUID, FundingLine> funding = new LinkedHashMap<>();
        Map<UUID, Baseline> baselines = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        Map<UUID, Map<String, UUID>> itemSources = new LinkedHashMap<>();

        Tables copy() {
            Tables copy = new Tables();
            copy.restore(this);
            return copy;
        }

        void restore(Tables from) {
            states = new LinkedHashMap<>(from.states);
            organizations = new LinkedHashMap<>(from.organizations);
            areas = new LinkedHashMap<>(from.areas);
            calendars = new LinkedHashMap<>(from.calendars);
            programmes = new LinkedHashMap<>(from.programmes);
            roadmaps = new LinkedHashMap<>(from.roadmaps);
            items = new LinkedHashMap<>(from.items);
            links = new LinkedHashMap<>(from.links);
            funding = new LinkedHashMap<>(from.funding);
            baselines = new LinkedHashMap<>(from.baselines);
            settings = new LinkedHashMap<>(from.settings);
            itemSources = new LinkedHashMap<>();
            from.itemSources.forEach((roadmap, keys) -> itemSources.put(roadmap, new LinkedHashMap<>(keys)));
        }

        Map<String, Map<UUID, Object>> snapshot() {
            Map<String, Map<UUID, Object>> all = new LinkedHashMap<>();
            all.put("states", new HashMap<>(states));
            all.put("organizations", new HashMap<>(organizations));
            all.put("areas", new HashMap<>(areas));
            all.put("calendars", new HashMap<>(calendars));
            all.put("programmes", new HashMap<>(programmes));
            all.put("roadmaps", new HashMap<>(roadmaps));
            all.put("items", new HashMap<>(items));
            all.put("links", new HashMap<>(links));
            all.put("funding", new HashMap<>(funding));
            all.put("baselines", new HashMap<>(baselines));
            return all;
        }
    }

    /** The repositories over the tables, for one transaction. */
    private record Store(Tables tables, boolean writable) implements PlanStore {

        @Override
        public MemberStateRepository states() {
            return new States(this);
        }

        @Override
        public OrganizationRepository organizations() {
            return new Organizations(this);
        }

        @Override
        public PriorityAreaRepository priorityAreas() {
            return new Areas(this);
        }

        @Override
        public CalendarRepository calendars() {
            return new Calendars(this);
        }

        @Override
        public ProgrammeRepository programmes() {
            return new Programmes(this);
        }

        @Override
        public RoadmapRepository roadmaps() {
            return new Roadmaps(this);
        }

        @Override
        public WorkItemRepository workItems() {
            return new Items(this);
        }

        @Override
        public DependencyRepository dependencies() {
            return new Links(this);
        }

        @Override
        public FundingRepository funding() {
            return new Funding(this);
        }

        @Override
        public BaselineRepository baselines() {
            return new Baselines(this);
        }

        @Override
        public SettingRepository settings() {
            return new SettingRepository() {
                @Override
                public Optional<String> get(String name) {
                    return Optional.ofNullable(tables.settings.get(name));
                }

                @Override
                public void put(String name, String value) {
                    requireWritable();
                    tables.settings.put(name, value);
                }
            };
        }

        @Override
        public ItemSourceRepository itemSources() {
            return new ItemSourceRepository() {
                @Override
                public Map<String, UUID> find(UUID roadmapId) {
                    return Map.copyOf(tables.itemSources.getOrDefault(roadmapId, Map.of()));
                }

                @Override
                public void putAll(UUID roadmapId, Map<String, UUID> keys) {
                    requireWritable();
                    tables.itemSources.computeIfAbsent(roadmapId, id -> new LinkedHashMap<>()).putAll(keys);
                }
            };
        }

        @Override
        public ChangeLogRepository changeLog() {
            return new ChangeLogRepository() {
                @Override
                public List<org.coplan.service.ChangeRecord> findByEntity(UUID entityId) {
                    return List.of();
                }

                @Override
                public long count() {
                    return 0;
                }
            };
        }

        void requireWritable() {
            if (!writable) {
                throw new IllegalStateException("a write inside a read transaction");
            }
        }

        static void refuse(boolean broken, String why) {
            if (broken) {
                throw new IllegalStateException("constraint violated: " + why);
            }
        }
    }

    /** Rows of one table by id, with the checks of the real schema (and a few stricter ones). */
    private abstract static class Table<E> implements EntityRepository<E> {

        final Store store;
        private final String type;
        private final Function<E, UUID> id;

        Table(Store store, String type, Function<E, UUID> id) {
            this.store = store;
            this.type = type;
            this.id = id;
        }

        abstract Map<UUID, E> rows();

        void checkInsert(E entity) {
        }

        void checkUpdate(E before, E after) {
        }

        void checkDelete(E entity) {
        }

        @Override
        public Optional<E> find(UUID wanted) {
            return Optional.ofNullable(rows().get(wanted));
        }

        @Override
        public List<E> findAll() {
            return List.copyOf(rows().values());
        }

        @Override
        public void insert(E entity) {
            store.requireWritable();
            Store.refuse(rows().containsKey(id.apply(entity)), type + " id exists");
            checkInsert(entity);
            rows().put(id.apply(entity), entity);
        }

        @Override
        public void insertAll(Collection<E> entities) {
            entities.forEach(this::insert);
        }

        @Override
        public void update(E before, E after) {
            store.requireWritable();
            UUID key = id.apply(before);
            if (!key.equals(id.apply(after))) {
                throw new IllegalArgumentException("an update keeps the id");
            }
            if (!Objects.equals(rows().get(key), before)) {
                throw new StaleDataException(type, key);
            }
            checkUpdate(before, after);
            rows().put(key, after);
        }

        @Override
        public void delete(E entity) {
            store.requireWritable();
            UUID key = id.apply(entity);
            if (!Objects.equals(rows().get(key), entity)) {
                throw new StaleDataException(type, key);
            }
            checkDelete(entity);
            rows().remove(key);
        }

        @Override
        public long count() {
            return rows().size();
        }
    }

    private static final class States extends Table<MemberState> implements MemberStateRepository {
        States(Store store) {
            super(store, "member state", MemberState::id);
        }

        @Override
        Map<UUID, MemberState> rows() {
            return store.tables().states;
        }
    }

    private static final class Organizations extends Table<Organization> implements OrganizationRepository {
        Organizations(Store store) {
            super(store, "organization", Organization::id);
        }

        @Override
        Map<UUID, Organization> rows() {
            return store.tables().organizations;
        }
    }

    private static final class Areas extends Table<PriorityArea> implements PriorityAreaRepository {
        Areas(Store store) {
            super(store, "priority area", PriorityArea::id);
        }

        @Override
        Map<UUID, PriorityArea> rows() {
            return store.tables().areas;
        }
    }

    private static final class Calendars extends Table<WorkCalendar> implements CalendarRepository {
        Calendars(Store store) {
            super(store, "calendar", WorkCalendar::id);
        }

        @Override
        Map<UUID, WorkCalendar> rows() {
            return store.tables().calendars;
        }
    }

    private static final class Programmes extends Table<Programme> implements ProgrammeRepository {
        Programmes(Store store) {
            super(store, "programme", Programme::id);
        }

        @Override
        Map<UUID, Programme> rows() {
            return store.tables().programmes;
        }

        @Override
        void checkInsert(Programme programme) {
            Store.refuse(!store.tables().states.keySet().containsAll(programme.stateIds()), "programme state");
            Store.refuse(!store.tables().areas.keySet().containsAll(programme.priorityAreaIds()), "programme area");
        }

        @Override
        void checkUpdate(Programme before, Programme after) {
            checkInsert(after);
        }

        @Override
        void checkDelete(Programme programme) {
            Store.refuse(store.tables().roadmaps.values().stream()
                    .anyMatch(r -> r.programmeId().equals(programme.id())), "programme still has roadmaps");
            Store.refuse(store.tables().funding.values().stream()
                    .anyMatch(f -> programme.id().equals(f.programmeId())), "programme still has funding");
        }
    }

    private static final class Roadmaps extends Table<Roadmap> implements RoadmapRepository {
        Roadmaps(Store store) {
            super(store, "roadmap", Roadmap::id);
        }

        @Override
        Map<UUID, Roadmap> rows() {
            return store.tables().roadmaps;
        }

        @Override
        public List<Roadmap> findByProgramme(UUID programmeId) {
            return rows().values().stream().filter(r -> r.programmeId().equals(programmeId))
                    .sorted(Comparator.comparing(Roadmap::sortKey)).toList();
        }

        @Override
        void checkInsert(Roadmap roadmap) {
            Store.refuse(!store.tables().programmes.containsKey(roadmap.programmeId()), "roadmap programme");
        }

        @Override
        void checkUpdate(Roadmap before, Roadmap after) {
            checkInsert(after);
        }

        @Override
        void checkDelete(Roadmap roadmap) {
            Store.refuse(store.tables().items.values().stream()
                    .anyMatch(i -> i.roadmapId().equals(roadmap.id())), "roadmap still has items");
            Store.refuse(store.tables().baselines.values().stream()
                    .anyMatch(b -> b.roadmapId().equals(roadmap.id())), "roadmap still has baselines");
        }
    }

    private static final class Items extends Table<WorkItem> implements WorkItemRepository {
        Items(Store store) {
            super(store, "work item", WorkItem::id);
        }

        @Override
        Map<UUID, WorkItem> rows() {
            return store.tables().items;
        }

        @Override
        public List<WorkItem> findByRoadmap(UUID roadmapId) {
            return rows().values().stream().filter(i -> i.roadmapId().equals(roadmapId)).toList();
        }

        @Override
        public long countByRoadmap(UUID roadmapId) {
            return findByRoadmap(roadmapId).size();
        }

        @Override
        public long countMilestones() {
            return rows().values().stream().filter(i -> i.kind() == WorkItemKind.MILESTONE).count();
        }

        @Override
        void checkInsert(WorkItem item) {
            Store.refuse(!store.tables().roadmaps.containsKey(item.roadmapId()), "item roadmap");
            checkPlace(item);
        }

        @Override
        void checkUpdate(WorkItem before, WorkItem after) {
            checkPlace(after);
        }

        private void checkPlace(WorkItem item) {
            if (item.parentId() != null) {
                WorkItem parent = rows().get(item.parentId());
                Store.refuse(parent == null || !parent.roadmapId().equals(item.roadmapId()), "item parent");
            }
            Store.refuse(rows().values().stream().anyMatch(other -> !other.id().equals(item.id())
                    && other.siblingScope().equals(item.siblingScope())
                    && other.sortKey().equals(item.sortKey())), "unique sibling order " + item.sortKey());
            for (UUID state : item.participatingStateIds()) {
                Store.refuse(!store.tables().states.containsKey(state), "item participating state");
            }
            Store.refuse(item.leadStateId() != null && !store.tables().states.containsKey(item.leadStateId()),
                    "item lead state");
        }

        @Override
        void checkDelete(WorkItem item) {
            Tables tables = store.tables();
            Store.refuse(tables.items.values().stream().anyMatch(i -> item.id().equals(i.parentId())),
                    "item still has children");
            Store.refuse(tables.links.values().stream().anyMatch(l -> l.predecessorId().equals(item.id())
                    || l.successorId().equals(item.id())), "item still has links");
            Store.refuse(tables.funding.values().stream().anyMatch(f -> item.id().equals(f.workItemId())),
                    "item still has funding");
            Store.refuse(tables.baselines.values().stream().flatMap(b -> b.entries().stream())
                    .anyMatch(e -> e.workItemId().equals(item.id())), "item still in a baseline");
        }
    }

    private static final class Links extends Table<Dependency> implements DependencyRepository {
        Links(Store store) {
            super(store, "dependency", Dependency::id);
        }

        @Override
        Map<UUID, Dependency> rows() {
            return store.tables().links;
        }

        @Override
        public List<Dependency> findByRoadmap(UUID roadmapId) {
            Map<UUID, WorkItem> items = store.tables().items;
            return rows().values().stream()
                    .filter(l -> items.get(l.successorId()).roadmapId().equals(roadmapId)).toList();
        }

        @Override
        void checkInsert(Dependency link) {
            Store.refuse(!store.tables().items.containsKey(link.predecessorId())
                    || !store.tables().items.containsKey(link.successorId()), "link ends");
            Store.refuse(rows().values().stream().anyMatch(other -> !other.id().equals(link.id())
                    && other.predecessorId().equals(link.predecessorId())
                    && other.successorId().equals(link.successorId())), "unique link pair");
        }

        @Override
        void checkUpdate(Dependency before, Dependency after) {
            checkInsert(after);
        }
    }

    private static final class Funding extends Table<FundingLine> implements FundingRepository {
        Funding(Store store) {
            super(store, "funding line", FundingLine::id);
        }

        @Override
        Map<UUID, FundingLine> rows() {
            return store.tables().funding;
        }

        @Override
        public List<FundingLine> findByProgramme(UUID programmeId) {
            return rows().values().stream().filter(f -> programmeId.equals(f.programmeId())).toList();
        }

        @Override
        public List<FundingLine> findByWorkItem(UUID workItemId) {
            return rows().values().stream().filter(f -> workItemId.equals(f.workItemId())).toList();
        }

        @Override
        void checkInsert(FundingLine line) {
            Store.refuse(line.programmeId() != null && !store.tables().programmes.containsKey(line.programmeId()),
                    "funding programme");
            Store.refuse(line.workItemId() != null && !store.tables().items.containsKey(line.workItemId()),
                    "funding item");
        }
    }

    private static final class Baselines extends Table<Baseline> implements BaselineRepository {
        Baselines(Store store) {
            super(store, "baseline", Baseline::id);
        }

        @Override
        Map<UUID, Baseline> rows() {
            return store.tables().baselines;
        }

        @Override
        public List<Baseline> findByRoadmap(UUID roadmapId) {
            return new ArrayList<>(rows().values().stream().filter(b -> b.roadmapId().equals(roadmapId)).toList());
        }

        @Override
        void checkInsert(Baseline baseline) {
            Store.refuse(!store.tables().roadmaps.containsKey(baseline.roadmapId()), "baseline roadmap");
            Store.refuse(baseline.entries().stream().anyMatch(e -> !store.tables().items.containsKey(e.workItemId())),
                    "baseline entry item");
        }

        @Override
        void checkUpdate(Baseline before, Baseline after) {
            checkInsert(after);
        }
    }
}
