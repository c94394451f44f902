package org.coplan.persistence;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.coplan.architecture.AllowedToUseStandardStreams;
import org.coplan.domain.ApprovingAct;
import org.coplan.domain.DateRange;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.LocalizedName;
import org.coplan.domain.MemberState;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.StateRole;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.ChangeAuthor;

/**
 * Not a test: prints how long the file database takes to insert and load a generated roadmap of
 * 100,000 items and 200,000 links (the CLI's {@code generate} size). Run from the project folder with
 * {@code java -cp target/test-classes:target/classes:<dependencies> org.coplan.persistence.InsertAndLoadTiming}.
 */
@AllowedToUseStandardStreams("a measuring program run by hand, its output is the measurement")
public final class InsertAndLoadTiming {

    private InsertAndLoadTiming() {
    }

    public static void main(String[] args) throws Exception {
        int itemCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int linkCount = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Path folder = Files.createTempDirectory("coplan-timing");
        long opening = System.nanoTime();
        long openingCpu = cpuNanos();
        try (H2PlanDatabase database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("timing"))) {
            report("open and migrate", opening, openingCpu);
            MemberState state = new MemberState(Ids.newId(), "KZ", new LocalizedName("Kazakhstan", "Казахстан"),
                    StateRole.MEMBER, null);
            Programme programme = new Programme(Ids.newId(), "Generated", ProgrammeKind.ACTION_PLAN,
                    ApprovingAct.NONE, new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)),
                    ProgrammeStatus.DRAFT, null, Set.of(), Set.of(state.id()));
            Roadmap roadmap = new Roadmap(Ids.newId(), programme.id(), "Generated", null, null, Rank.initial(0));
            List<WorkItem> items = items(roadmap.id(), state.id(), itemCount, new Random(7));
            List<Dependency> links = links(items, linkCount, new Random(11));

            long inserting = System.nanoTime();
            long insertingCpu = cpuNanos();
            database.writeVoid(store -> {
                store.states().insert(state);
                store.programmes().insert(programme);
                store.roadmaps().insert(roadmap);
                store.workItems().insertAll(items);
                store.dependencies().insertAll(links);
            });
            report("insert " + itemCount + " items, " + linkCount + " links", inserting, insertingCpu);

            for (int round = 1; round <= 3; round++) {
                long loading = System.nanoTime();
                long loadingCpu = cpuNanos();
                int itemsLoaded = database.read(store -> store.workItems().findByRoadmap(roadmap.id()).size());
                report("load " + round + ": " + itemsLoaded + " items", loading, loadingCpu);
                loading = System.nanoTime();
                loadingCpu = cpuNanos();
                int linksLoaded = database.read(store -> store.dependencies().findByRoadmap(roadmap.id()).size());
                report("load " + round + ": " + linksLoaded + " links", loading, loadingCpu);
            }
            System.out.println("change log rows: " + database.read(store -> store.changeLog().count()));
        }
        System.out.println("database file: " + Files.size(folder.resolve(H2PlanDatabase.FILE_NAME + ".mv.db")) / 1024
                / 1024 + " MB");
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static List<WorkItem> items(UUID roadmapId, UUID stateId, int count, Random random) {
        List<WorkItem> items = new ArrayList<>(count);
        List<UUID> parents = new ArrayList<>();
        int[] childCount = new int[count + 1];
        LocalDate start = LocalDate.of(2025, 1, 6);
        for (int i = 0; i < count; i++) {
            int depth = i % 50 == 0 ? 0 : 1 + random.nextInt(Math.min(4, parents.size()));
            UUID parent = depth == 0 ? null : parents.get(Math.min(depth, parents.size()) - 1);
            while (parents.size() > depth) {
                parents.removeLast();
            }
            boolean milestone = random.nextInt(10) == 0;
            int duration = milestone ? 0 : 1 + random.nextInt(30);
            LocalDate itemStart = start.plusDays(random.nextInt(1500));
            int sibling = childCount[depth]++;
            items.add(new WorkItem(Ids.newId(), roadmapId, parent, Rank.initial(sibling % 1_000_000), "Item " + i,
                    milestone ? WorkItemKind.MILESTONE : WorkItemKind.ACTIVITY, itemStart,
                    itemStart.plusDays(duration), duration, random.nextInt(101), stateId, null,
                    random.nextBoolean() ? Set.of(stateId) : Set.of(), null, null, null, ItemConstraint.NONE));
            parents.add(items.getLast().id());
        }
        return items;
    }

    private static List<Dependency> links(List<WorkItem> items, int count, Random random) {
        List<Dependency> links = new ArrayList<>(count);
        Set<Long> pairs = new HashSet<>();
        while (links.size() < count) {
            int successor = 1 + random.nextInt(items.size() - 1);
            int predecessor = Math.max(0, successor - 1 - random.nextInt(50));
            if (pairs.add((long) predecessor * items.size() + successor)) {
                links.add(new Dependency(Ids.newId(), items.get(predecessor).id(), items.get(successor).id(),
                        DependencyType.FS, random.nextInt(5)));
            }
        }
        return links;
    }

    /** Wall time since {@code startedNanos}, and the main thread's CPU time, which H2 embedded mostly runs on. */
    private static void report(String what, long startedNanos, long startedCpuNanos) {
        System.out.printf("%-45s %6d ms wall, %6d ms CPU%n", what, (System.nanoTime() - startedNanos) / 1_000_000,
                (cpuNanos() - startedCpuNanos) / 1_000_000);
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
