package org.coplan.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.DateRange;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.LagUnit;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.exchange.csv.CsvPlanWriter;
import org.coplan.exchange.gan.GanWriter;
import org.coplan.exchange.mspdi.MspdiWriter;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.ProgrammeCatalog;
import org.coplan.service.UndoHistory;
import org.coplan.service.exports.PlanExport;
import org.coplan.service.exports.PlanWriter;
import org.coplan.service.exports.RoadmapExport;
import org.coplan.service.imports.ImportReport;
import org.coplan.service.imports.ImportedPlan;
import org.coplan.service.imports.PlanImport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Coplan → MSPDI, .gan and CSV → Coplan keep every item with its place in the tree, kind, dates,
 * duration, completion and notes, and every link with its type and lag. GanttProject has no elapsed lags, so
 * the .gan trip is run on plans with working-day lags only.
 */
class RoundTripPropertiesTest {

    private static H2PlanDatabase database;
    private static PlanEditor editor;
    private static UUID programmeId;
    private static Path folder;

    @BeforeContainer
    static void openDatabase() throws IOException {
        database = H2PlanDatabase.openInMemory("round-trip-" + Ids.newId(), ChangeAuthor.newReplica("tester"));
        editor = new PlanEditor(database, new UndoHistory());
        programmeId = new ProgrammeCatalog(editor).createProgramme(new Programme(Ids.newId(), "Round trips",
                ProgrammeKind.JOINT_PROJECT, null, new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1)),
                ProgrammeStatus.DRAFT, null, Set.of(), Set.of())).id();
        folder = Files.createTempDirectory("coplan-round-trip");
    }

    @AfterContainer
    static void closeDatabase() throws IOException {
        database.close();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Property(tries = 12)
    void mspdiKeepsItemsHierarchyDatesLinkTypesAndLags(@ForAll @IntRange(min = 1, max = 30) int size,
                                                       @ForAll long seed) throws IOException {
        assertRoundTrip(RoundTripPlans.random(seed, size, true), new MspdiWriter(), "xml", true);
    }

    @Property(tries = 12)
    void ganKeepsItemsHierarchyDatesLinkTypesAndLags(@ForAll @IntRange(min = 1, max = 30) int size,
                                                     @ForAll long seed) throws IOException {
        assertRoundTrip(RoundTripPlans.random(seed, size, false), new GanWriter(), "gan", true);
    }

    /** CSV has no constraint column: an item comes back anchored at the start it had, not at its old date. */
    @Property(tries = 8)
    void csvKeepsItemsHierarchyDatesLinkTypesAndLags(@ForAll @IntRange(min = 1, max = 30) int size,
                                                     @ForAll long seed, @ForAll boolean bom) throws IOException {
        assertRoundTrip(RoundTripPlans.random(seed, size, true), new CsvPlanWriter(bom), "csv", false);
    }

    private static void assertRoundTrip(ImportedPlan generated, PlanWriter writer, String extension,
                                        boolean keepsConstraints) throws IOException {
        RoadmapExport original = stored(generated);
        Path file = folder.resolve(Ids.newId() + "." + extension);
        writer.write(original, file);
        RoadmapExport back = stored(new PlanFiles().read(file));

        assertThat(shapes(back, keepsConstraints)).isEqualTo(shapes(original, keepsConstraints));
        assertThat(links(back)).containsExactlyInAnyOrderElementsOf(links(original));
    }

    private static RoadmapExport stored(ImportedPlan plan) {
        ImportReport report = new PlanImport(editor).importAsNewRoadmap(programmeId, plan,
                new PlanImport.Naming("Round trip", id -> "Task " + id,
                slot -> "Baseline " + slot, name -> "Calendar " + name));
        return new PlanExport(database).load(report.roadmap().id());
    }

    /** An item by what a file keeps of it: its place given as outline positions, not ids. */
    record Shape(int position, Integer parent, String name, WorkItemKind kind, LocalDate start, LocalDate finish,
                 int durationDays, int percentComplete, String notes, ItemConstraint constraint) {
    }

    record Link(int predecessor, int successor, DependencyType type, int lagDays, LagUnit unit) {
    }

    private static List<Shape> shapes(RoadmapExport export, boolean withConstraints) {
        Map<UUID, Integer> positions = positions(export);
        return export.items().stream().map(item -> new Shape(positions.get(item.id()),
                item.parentId() == null ? null : positions.get(item.parentId()), item.name(), item.kind(),
                item.start(), item.finish(), item.durationDays(), item.percentComplete(), item.notes(),
                withConstraints ? item.constraint() : null)).toList();
    }

    private static List<Link> links(RoadmapExport export) {
        Map<UUID, Integer> positions = positions(export);
        return export.links().stream().map((Dependency link) -> new Link(positions.get(link.predecessorId()),
                positions.get(link.successorId()), link.type(), link.lagDays(), link.lagUnit())).toList();
    }

    private static Map<UUID, Integer> positions(RoadmapExport export) {
        Map<UUID, Integer> positions = new HashMap<>();
        for (WorkItem item : export.items()) {
            positions.put(item.id(), positions.size());
        }
        return positions;
    }
}
