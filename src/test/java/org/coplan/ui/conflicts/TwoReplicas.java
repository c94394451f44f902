package org.coplan.ui.conflicts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.DateRange;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.exchange.CanonicalDump;
import org.coplan.exchange.PackageExport;
import org.coplan.exchange.PackageReader;
import org.coplan.exchange.TrustedImport;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;

/**
 * Two in-memory replicas of one small plan, exchanged once, and the edits the conflict tests make: Anna renames
 * the first item and Boris writes its notes (different fields), and both give its deliverable a value (the same
 * field).
 */
final class TwoReplicas implements AutoCloseable {

    static final LocalDate START = LocalDate.of(2026, 1, 5);

    final H2PlanDatabase anna = H2PlanDatabase.openInMemory("anna-" + UUID.randomUUID(),
            ChangeAuthor.newReplica("anna"));
    final H2PlanDatabase boris = H2PlanDatabase.openInMemory("boris-" + UUID.randomUUID(),
            ChangeAuthor.newReplica("boris"));
    final UUID roadmapId;
    final UUID itemId;

    TwoReplicas() {
        Programme programme = new Programme(Ids.newId(), "Joint research programme", ProgrammeKind.JOINT_PROJECT,
                null, new DateRange(START, START.plusYears(2)), ProgrammeStatus.DRAFT, null, Set.of(), Set.of());
        Roadmap roadmap = new Roadmap(Ids.newId(), programme.id(), "Research roadmap", null, null, Rank.initial(0));
        WorkItem first = new WorkItem(Ids.newId(), roadmap.id(), null, Rank.initial(0), "Survey",
                WorkItemKind.ACTIVITY, START, START.plusDays(4), 5, 0, null, null, Set.of(), null, null, null,
                ItemConstraint.NONE);
        WorkItem second = new WorkItem(Ids.newId(), roadmap.id(), null, Rank.initial(1), "Report",
                WorkItemKind.ACTIVITY, START.plusDays(7), START.plusDays(11), 5, 0, null, null, Set.of(), null, null,
                null, ItemConstraint.NONE);
        anna.writeVoid(store -> {
            store.programmes().insert(programme);
            store.roadmaps().insert(roadmap);
            store.workItems().insertAll(List.of(first, second));
        });
        roadmapId = roadmap.id();
        itemId = first.id();
        send(anna, boris);
    }

    /** Different fields of the item on each side, and the same field on both. */
    void editConcurrently() {
        edit(anna, item -> item.withName("Survey of laboratories").withTexts("Anna's report", item.notes()));
        edit(boris, item -> item.withTexts("Boris's report", "agreed at the council"));
    }

    void edit(H2PlanDatabase replica, java.util.function.UnaryOperator<WorkItem> change) {
        replica.writeVoid(store -> {
            WorkItem stored = store.workItems().find(itemId).orElseThrow();
            store.workItems().update(stored, change.apply(stored));
        });
    }

    void exchange() {
        send(anna, boris);
        send(boris, anna);
    }

    static void send(H2PlanDatabase from, H2PlanDatabase to) {
        byte[] bytes = new PackageExport(from, Clock.systemUTC()).bytes(false);
        new TrustedImport(to, Ids::newId).apply(PackageReader.readSigned(bytes, "test.coplan"), false, false);
    }

    List<String> annasPlan() {
        return CanonicalDump.lines(anna);
    }

    List<String> borissPlan() {
        return CanonicalDump.lines(boris);
    }

    @Override
    public void close() {
        anna.close();
        boris.close();
    }
}
