package org.coplan.service.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.DateRange;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.PlanRuleViolation;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing conflicts in the plan's words and keeping one side, which travels and closes the conflict elsewhere. */
class ConflictResolutionTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private H2PlanDatabase anna;
    private H2PlanDatabase boris;
    private WorkItem item;

    @BeforeEach
    void twoReplicasOfOnePlan() {
        anna = H2PlanDatabase.openInMemory("anna-" + UUID.randomUUID(), ChangeAuthor.newReplica("anna"));
        boris = H2PlanDatabase.openInMemory("boris-" + UUID.randomUUID(), ChangeAuthor.newReplica("boris"));
        Programme programme = new Programme(Ids.newId(), "Programme", ProgrammeKind.JOINT_PROJECT, null,
                new DateRange(START, START.plusYears(2)), ProgrammeStatus.DRAFT, null, Set.of(), Set.of());
        Roadmap roadmap = new Roadmap(Ids.newId(), programme.id(), "Roadmap", null, null, Rank.initial(0));
        item = new WorkItem(Ids.newId(), roadmap.id(), null, Rank.initial(0), "Survey", WorkItemKind.ACTIVITY,
                START, START.plusDays(4), 5, 0, null, null, Set.of(), null, null, null, ItemConstraint.NONE);
        anna.writeVoid(store -> {
            store.programmes().insert(programme);
            store.roadmaps().insert(roadmap);
            store.workItems().insert(item);
        });
        send(anna, boris);
    }

    @AfterEach
    void close() {
        anna.close();
        boris.close();
    }

    private static void send(H2PlanDatabase from, H2PlanDatabase to) {
        byte[] bytes = new PackageExport(from, Clock.systemUTC()).bytes(false);
        new TrustedImport(to, Ids::newId).apply(PackageReader.readSigned(bytes, "test.coplan"), false, false);
    }

    private void rename(H2PlanDatabase replica, String name) {
        replica.writeVoid(store -> {
            WorkItem stored = store.workItems().find(item.id()).orElseThrow();
            store.workItems().update(stored, stored.withName(name));
        });
    }

    private static List<ConflictResolution.OpenConflict> open(H2PlanDatabase replica) {
        return new ConflictResolution(replica, replica).open();
    }

    private static String name(H2PlanDatabase replica, UUID id) {
        return replica.read(store -> store.workItems().find(id).orElseThrow().name());
    }

    @Test
    void aConflictIsListedWithMyValueTheirValueAndWhereTheirsCameFrom() {
        rename(anna, "Survey of laboratories");
        rename(boris, "Survey of institutes");
        send(anna, boris);
        send(boris, anna);

        List<ConflictResolution.OpenConflict> atAnna = open(anna);
        List<ConflictResolution.OpenConflict> atBoris = open(boris);

        assertThat(atAnna).singleElement().satisfies(conflict -> {
            assertThat(conflict.item()).isEqualTo("1 " + name(anna, item.id()));
            assertThat(conflict.field()).isEqualTo("name");
            assertThat(conflict.mine()).isEqualTo("Survey of laboratories");
            assertThat(conflict.theirs()).isEqualTo("Survey of institutes");
            assertThat(conflict.theirReplica()).startsWith("boris@");
        });
        assertThat(atBoris).singleElement().satisfies(conflict -> {
            assertThat(conflict.mine()).isEqualTo("Survey of institutes");
            assertThat(conflict.theirs()).isEqualTo("Survey of laboratories");
        });
    }

    @Test
    void keepingTheirValueIsAnEditThatTravelsAndClosesTheConflictOnBothSides() {
        rename(anna, "Survey of laboratories");
        rename(boris, "Survey of institutes");
        send(anna, boris);
        send(boris, anna);
        UUID conflict = open(anna).getFirst().id();

        new ConflictResolution(anna, anna).keep(conflict, ConflictResolution.Keep.THEIRS);
        send(anna, boris);

        assertThat(open(anna)).isEmpty();
        assertThat(open(boris)).isEmpty();
        assertThat(name(anna, item.id())).isEqualTo("Survey of institutes");
        assertThat(CanonicalDump.lines(boris)).isEqualTo(CanonicalDump.lines(anna));
    }

    @Test
    void keepingTheValueTheSecondSideAlreadyShowsStillTravelsAndClosesItThere() {
        rename(anna, "Survey of laboratories");
        rename(boris, "Survey of institutes");
        send(anna, boris);
        send(boris, anna);
        String shown = name(boris, item.id());
        ConflictResolution.OpenConflict atBoris = open(boris).getFirst();
        ConflictResolution.Keep keepShown = shown.equals(atBoris.mine()) ? ConflictResolution.Keep.MINE
                : ConflictResolution.Keep.THEIRS;

        new ConflictResolution(boris, boris).keep(atBoris.id(), keepShown);
        send(boris, anna);

        assertThat(open(anna)).isEmpty();
        assertThat(name(anna, item.id())).isEqualTo(shown);
        assertThat(CanonicalDump.lines(boris)).isEqualTo(CanonicalDump.lines(anna));
    }

    @Test
    void aDeletedRecordCannotBeBroughtBackButItsDeleteCanBeKept() {
        anna.writeVoid(store -> store.workItems().delete(store.workItems().find(item.id()).orElseThrow()));
        rename(boris, "Needed after all");
        send(boris, anna);
        ConflictResolution resolution = new ConflictResolution(anna, anna);
        ConflictResolution.OpenConflict conflict = resolution.open().getFirst();
        ConflictResolution.Keep edit = conflict.mineDeletes() ? ConflictResolution.Keep.THEIRS
                : ConflictResolution.Keep.MINE;
        ConflictResolution.Keep delete = edit == ConflictResolution.Keep.MINE ? ConflictResolution.Keep.THEIRS
                : ConflictResolution.Keep.MINE;

        assertThat(conflict.item()).isEqualTo("Survey");
        assertThatThrownBy(() -> resolution.keep(conflict.id(), edit))
                .isInstanceOfSatisfying(PlanRuleViolation.class, refused ->
                        assertThat(refused.problem().key()).isEqualTo("error.conflict-record-deleted"));
        resolution.keep(conflict.id(), delete);

        assertThat(resolution.open()).isEmpty();
    }

    @Test
    void anUnknownConflictIsRefusedByName() {
        assertThatThrownBy(() -> new ConflictResolution(anna, anna).keep(UUID.randomUUID(),
                ConflictResolution.Keep.MINE))
                .isInstanceOfSatisfying(PlanRuleViolation.class, refused ->
                        assertThat(refused.problem().key()).isEqualTo("error.conflict-not-open"));
    }
}
