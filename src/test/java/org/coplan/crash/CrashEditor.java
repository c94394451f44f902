package org.coplan.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.exchange.PackageExport;
import org.coplan.exchange.PackageImport;
import org.coplan.exchange.PackageReader;
import org.coplan.l10n.Problem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.UndoHistory;
import org.coplan.service.edit.DependencyEdit;
import org.coplan.service.edit.WorkItemEdit;
import org.coplan.service.generate.GeneratedRoadmap;
import org.coplan.service.generate.GeneratorSettings;
import org.coplan.service.generate.PlanGenerator;
import org.coplan.service.sample.SamplePlan;

/**
 * The child process of {@link CrashSafetyTest}: opens the database in the folder given as the first
 * argument (loading a small plan the first time), then works on it until it is killed: renames, inserted
 * activities and links between them through the {@link PlanEditor}; plan packages exported to
 * {@code exports/} ({@link PackageExport}); and packages imported ({@link PackageImport}) from a second
 * replica that lives in memory beside it, made from this plan's own full package and given a new generated
 * programme before each import, as a colleague's laptop would be. Before each step it prints
 * {@code TRY kind id value}; once the step has returned, and only then, {@code ACK kind id value} (for an
 * import the id is the new programme's and the value its item count; for an export the value is the file).
 * The second argument tags the values of this run.
 */
public final class CrashEditor {

    private CrashEditor() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        String run = args[1];
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        H2PlanDatabase database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("crash-test"));
        if (new SamplePlan(database).isEmpty()) {
            new PlanGenerator(GeneratorSettings.of(60, 80, 7)).generateInto(database);
        }
        PlanEditor editor = new PlanEditor(database, new UndoHistory());
        Path exports = folder.resolve("exports");
        Path incoming = folder.resolve("incoming");
        H2PlanDatabase colleague = H2PlanDatabase.openInMemory("colleague-" + run, ChangeAuthor.newReplica("colleague"));
        new PackageImport(colleague, Ids::newId).apply(PackageReader.read(
                new PackageExport(database, Clock.systemUTC()).bytes(true), "first.coplan"), false);
        // the generated roadmap, not one a colleague's package brought in a previous run
        Roadmap roadmap = database.read(store -> store.roadmaps().findAll().stream()
                .max(Comparator.comparingInt(r -> store.workItems().findByRoadmap(r.id()).size())).orElseThrow());
        Map<UUID, WorkItem> items = new HashMap<>();
        database.read(store -> store.workItems().findByRoadmap(roadmap.id())).forEach(i -> items.put(i.id(), i));
        List<WorkItem> phases = items.values().stream().filter(i -> i.kind() == WorkItemKind.PHASE)
                .sorted(Comparator.comparing(WorkItem::id)).toList();
        List<UUID> renamable = items.keySet().stream().sorted().toList();
        Random random = new Random(run.hashCode());
        List<UUID> inserted = new ArrayList<>();
        out.println("READY " + items.size());
        out.flush();

        for (long counter = 1; ; counter++) {
            switch ((int) (counter % 5)) {
                case 3 -> exportPackage(out, database, exports.resolve("export-" + run + "-" + counter + ".coplan"));
                case 4 -> importPackage(out, database, colleague, incoming.resolve("from-colleague-" + run + "-"
                        + counter + ".coplan"), counter);
                case 1 -> {
                    UUID id = renamable.get(random.nextInt(renamable.size()));
                    WorkItem before = items.get(id);
                    WorkItem after = before.withName("Renamed " + run + "-" + counter);
                    announce(out, "TRY", "rename", id, after.name());
                    editor.execute(new WorkItemEdit.Update(before, after, Problem.tr("edit.rename-item",
                            before.name())));
                    items.put(id, after);
                    announce(out, "ACK", "rename", id, after.name());
                }
                case 2 -> {
                    WorkItem phase = phases.get(random.nextInt(phases.size()));
                    String lastKey = items.values().stream().filter(i -> phase.id().equals(i.parentId()))
                            .map(WorkItem::sortKey).max(Comparator.naturalOrder()).orElse(null);
                    WorkItem item = new WorkItem(Ids.newId(), roadmap.id(), phase.id(), Rank.between(lastKey, null),
                            "Inserted " + run + "-" + counter, WorkItemKind.ACTIVITY, phase.start(), phase.start(), 1,
                            0, phase.leadStateId(), null, Set.of(), null, null, null, ItemConstraint.NONE);
                    announce(out, "TRY", "insert", item.id(), item.name());
                    editor.execute(new WorkItemEdit.Insert(List.of(item), List.of(),
                            Problem.tr("edit.insert-item", item.name())));
                    items.put(item.id(), item);
                    inserted.add(item.id());
                    announce(out, "ACK", "insert", item.id(), item.name());
                }
                default -> {
                    if (inserted.size() < 2) {
                        continue;
                    }
                    // the two latest inserted activities: a new pair every time, always earlier to later
                    UUID predecessor = inserted.get(inserted.size() - 2);
                    UUID successor = inserted.getLast();
                    Dependency link = new Dependency(Ids.newId(), predecessor, successor, DependencyType.FS, 0);
                    announce(out, "TRY", "link", link.id(), predecessor + ">" + successor);
                    editor.execute(new DependencyEdit.Insert(link, Problem.tr("edit.change-item",
                            items.get(successor).name(), Problem.tr("field.predecessors"))));
                    announce(out, "ACK", "link", link.id(), predecessor + ">" + successor);
                }
            }
        }
    }

    private static void exportPackage(PrintStream out, H2PlanDatabase database, Path target) {
        UUID id = Ids.newId();
        announce(out, "TRY", "export", id, target.getFileName().toString());
        try {
            new PackageExport(database, Clock.systemUTC()).export(true, target);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        announce(out, "ACK", "export", id, target.getFileName().toString());
    }

    /** The colleague adds a programme; its package comes to this plan as a file, as by mail or a USB stick. */
    private static void importPackage(PrintStream out, H2PlanDatabase database, H2PlanDatabase colleague,
                                      Path file, long counter) {
        GeneratedRoadmap added = new PlanGenerator(GeneratorSettings.of(8, 6, counter)).generateInto(colleague);
        try {
            PackageExport colleagueExport = new PackageExport(colleague, Clock.systemUTC());
            colleagueExport.export(false, file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        String items = String.valueOf(added.items().size());
        announce(out, "TRY", "import", added.programme().id(), items);
        new PackageImport(database, Ids::newId).apply(PackageReader.read(file), false);
        announce(out, "ACK", "import", added.programme().id(), items);
    }

    private static void announce(PrintStream out, String what, String kind, UUID id, String value) {
        out.println(what + " " + kind + " " + id + " " + value);
        out.flush();
    }
}
