package org.coplan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Messages;
import org.coplan.scheduling.WorkingTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inserting, deleting, indenting, outdenting, moving, copying and pasting rows keep the WBS codes right. */
class RoadmapSessionOutlineTest {

    private PlanFixture fixture;
    private RoadmapSession session;

    @BeforeEach
    void open() {
        fixture = new PlanFixture().withSampleTree();
        session = fixture.open();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<String> codes() {
        return PlanState.codes(session.plan());
    }

    private UUID id(String name) {
        return fixture.id(name);
    }

    @Test
    void insertingPutsANewActivityAboveTheSelectedRowAsSoonAsPossible() {
        WorkItem design = session.plan().item(id("Design"));

        WorkItem inserted = session.insertItem(design.id(), WorkItemKind.ACTIVITY);

        assertThat(codes()).containsExactly("1 Preparation", "1.1 Requirements", "1.2 New activity", "1.3 Design",
                "1.4 Approved", "2 Work", "2.1 Build", "2.2 Test", "3 Launch");
        assertThat(inserted.parentId()).isEqualTo(id("Preparation"));
        assertThat(inserted.manual()).isFalse();
        assertThat(inserted.start()).as("its phase starts no earlier than that").isEqualTo(PlanFixture.MONDAY);
        assertThat(inserted.durationDays()).isEqualTo(5);
        assertThat(inserted.finish()).isEqualTo(new WorkingTime(fixture.standardCalendar)
                .finishOf(PlanFixture.MONDAY, 5));
        assertThat(session.plan().item(inserted.id())).isEqualTo(inserted);
    }

    @Test
    void inARoadmapOfManualItemsANewRowStartsWithTheSelectedRowAndStaysThere() {
        WorkItem design = session.plan().item(id("Design"));
        session.setNewItemsManual(true);

        WorkItem inserted = session.insertItem(design.id(), WorkItemKind.ACTIVITY);

        assertThat(session.roadmap().newItemsManual()).isTrue();
        assertThat(inserted.manual()).isTrue();
        assertThat(inserted.start()).isEqualTo(design.start());
        assertThat(session.plan().item(design.id()).manual()).as("existing items keep their mode").isFalse();
    }

    @Test
    void insertingAboveTheFirstRowMakesTheNewRowFirst() {
        session.insertItem(id("Preparation"), WorkItemKind.PHASE);

        assertThat(codes()).startsWith("1 New phase", "2 Preparation", "2.1 Requirements");
    }

    @Test
    void insertingWithNothingSelectedAppendsAMilestoneAtTheProgrammeStart() {
        WorkItem inserted = session.insertItem(null, WorkItemKind.MILESTONE);

        assertThat(codes()).endsWith("3 Launch", "4 New milestone");
        assertThat(inserted.start()).isEqualTo(fixture.programme.period().start());
        assertThat(inserted.finish()).isEqualTo(fixture.programme.period().start());
        assertThat(inserted.durationDays()).isZero();
    }

    @Test
    void theFirstItemOfAnEmptyRoadmapStartsWithTheProgrammeInTheUsersLanguage() {
        PlanFixture empty = new PlanFixture();
        try (RoadmapSession russian = RoadmapSession.open(empty.editor, empty.roadmap.id(),
                Messages.forLocale(Locale.forLanguageTag("ru")), empty.clock)) {
            WorkItem inserted = russian.insertItem(null, WorkItemKind.ACTIVITY);

            assertThat(inserted.name()).isEqualTo("Новая работа");
            assertThat(inserted.start()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(PlanState.codes(russian.plan())).containsExactly("1 Новая работа");
        }
    }

    @Test
    void aNewRowTakesItsParentsLeadStateAndCountsInThatStatesCalendar() {
        session.setNewItemsManual(true);
        session.setLeadState(id("Preparation"), fixture.kazakhstan.id());
        session.setStart(id("Design"), PlanFixture.KAZAKH_HOLIDAY.minusDays(1));

        WorkItem inserted = session.insertItem(id("Design"), WorkItemKind.ACTIVITY);

        assertThat(inserted.leadStateId()).isEqualTo(fixture.kazakhstan.id());
        // Thursday 20 March, then Nauryz on Friday: Mon 24, Tue 25, Wed 26, Thu 27
        assertThat(inserted.finish()).isEqualTo(LocalDate.of(2025, 3, 27));
    }

    @Test
    void insertingAChildMakesAnActivityAPhaseInTheSameStep() {
        WorkItem child = session.insertChild(id("Build"), WorkItemKind.ACTIVITY);

        assertThat(session.plan().item(id("Build")).kind()).isEqualTo(WorkItemKind.PHASE);
        assertThat(codes()).containsSubsequence("2.1 Build", "2.1.1 New activity", "2.2 Test");
        assertThat(child.start()).isEqualTo(session.plan().item(id("Build")).start());
        assertThat(fixture.history.undoSize()).isEqualTo(1);
    }

    @Test
    void aChildIsAppendedAfterTheLastChild() {
        session.insertChild(id("Preparation"), WorkItemKind.MILESTONE);

        assertThat(codes()).containsSubsequence("1.3 Approved", "1.4 New milestone", "2 Work");
    }

    @Test
    void indentingMakesARowTheLastChildOfTheRowAbove() {
        session.indent(List.of(id("Design")));

        assertThat(codes()).containsExactly("1 Preparation", "1.1 Requirements", "1.1.1 Design", "1.2 Approved",
                "2 Work", "2.1 Build", "2.2 Test", "3 Launch");
        assertThat(session.plan().item(id("Requirements")).kind()).isEqualTo(WorkItemKind.PHASE);
    }

    @Test
    void indentingSeveralRowsKeepsTheirOrderUnderTheSameNewParent() {
        session.indent(List.of(id("Approved"), id("Design")));

        assertThat(codes()).containsExactly("1 Preparation", "1.1 Requirements", "1.1.1 Design", "1.1.2 Approved",
                "2 Work", "2.1 Build", "2.2 Test", "3 Launch");
    }

    @Test
    void indentingAPhaseTakesItsBranchAlong() {
        session.indent(List.of(id("Work")));

        assertThat(codes()).containsExactly("1 Preparation", "1.1 Requirements", "1.2 Design", "1.3 Approved",
                "1.4 Work", "1.4.1 Build", "1.4.2 Test", "2 Launch");
    }

    @Test
    void aRowInsideASelectedBranchMovesWithTheBranch() {
        session.indent(List.of(id("Work"), id("Build")));

        assertThat(codes()).contains("1.4 Work", "1.4.1 Build", "1.4.2 Test");
    }

    @Test
    void outdentingMakesARowTheNextSiblingOfItsParentWithoutAdoptingTheRowsBelow() {
        session.outdent(List.of(id("Design")));

        assertThat(codes()).containsExactly("1 Preparation", "1.1 Requirements", "1.2 Approved", "2 Design",
                "3 Work", "3.1 Build", "3.2 Test", "4 Launch");
    }

    @Test
    void outdentingSeveralRowsKeepsTheirOrder() {
        session.outdent(List.of(id("Requirements"), id("Design")));

        assertThat(codes()).containsExactly("1 Preparation", "1.1 Approved", "2 Requirements", "3 Design",
                "4 Work", "4.1 Build", "4.2 Test", "5 Launch");
    }

    @Test
    void outdentingThenIndentingPutsARowBackUnderItsParent() {
        session.outdent(List.of(id("Approved")));
        session.indent(List.of(id("Approved")));

        assertThat(codes()).containsExactly("1 Preparation", "1.1 Requirements", "1.2 Design", "1.3 Approved",
                "2 Work", "2.1 Build", "2.2 Test", "3 Launch");
    }

    @Test
    void movingUpTradesPlacesWithTheRowAbove() {
        session.moveUp(List.of(id("Design")));

        assertThat(codes()).startsWith("1 Preparation", "1.1 Design", "1.2 Requirements", "1.3 Approved");
    }

    @Test
    void movingABlockUpMovesItPastTheRowAbove() {
        session.moveUp(List.of(id("Design"), id("Approved")));

        assertThat(codes()).startsWith("1 Preparation", "1.1 Design", "1.2 Approved", "1.3 Requirements");
    }

    @Test
    void movingABlockDownMovesItPastTheRowBelow() {
        session.moveDown(List.of(id("Requirements"), id("Design")));

        assertThat(codes()).startsWith("1 Preparation", "1.1 Approved", "1.2 Requirements", "1.3 Design");
    }

    @Test
    void movingAPhaseUpTakesItsChildrenAlong() {
        session.moveUp(List.of(id("Work")));

        assertThat(codes()).containsExactly("1 Work", "1.1 Build", "1.2 Test", "2 Preparation", "2.1 Requirements",
                "2.2 Design", "2.3 Approved", "3 Launch");
    }

    @Test
    void movingUpAndDownManyTimesKeepsTheOrderAndTheKeysValid() {
        for (int i = 0; i < 40; i++) {
            session.moveDown(List.of(id("Requirements")));
            session.moveUp(List.of(id("Requirements")));
        }

        assertThat(codes()).startsWith("1 Preparation", "1.1 Requirements", "1.2 Design", "1.3 Approved");
        PlanState.assertMirrorsStore(session);
    }

    @Test
    void deleteCountsAndRemovesWholeBranchesWithTheirLinks() {
        List<UUID> selection = List.of(id("Preparation"), id("Design"), id("Test"));

        assertThat(session.countWithDescendants(selection)).isEqualTo(5);
        session.delete(selection);

        assertThat(codes()).containsExactly("1 Work", "1.1 Build", "2 Launch");
        assertThat(session.plan().dependencies()).isEmpty();
        PlanState.assertMirrorsStore(session);
    }

    @Test
    void deletingAlsoRemovesLinksFromOtherRoadmapsAndUndoBringsThemBack() {
        PlanFixture twoRoadmaps = fixture;
        Roadmap other = new Roadmap(Ids.newId(),
                fixture.programme.id(), "Other", null, null, Rank.initial(1));
        WorkItem elsewhere = new WorkItem(Ids.newId(), other.id(), null,
                Rank.initial(0), "Elsewhere", WorkItemKind.ACTIVITY, PlanFixture.MONDAY,
                PlanFixture.MONDAY, 1, 0, null, null, Set.of(), null, null, null, null);
        Dependency outgoing = new Dependency(Ids.newId(), id("Test"), elsewhere.id(),
                DependencyType.FS, 0);
        Dependency incoming = new Dependency(Ids.newId(), elsewhere.id(), id("Build"),
                DependencyType.SS, 1);
        twoRoadmaps.database.writeVoid(store -> {
            store.roadmaps().insert(other);
            store.workItems().insert(elsewhere);
            store.dependencies().insertAll(List.of(outgoing, incoming));
        });
        var before = ((InMemoryPlanDatabase) fixture.database).contents();

        session.delete(List.of(id("Work")));
        session.editor().undo();

        assertThat(((InMemoryPlanDatabase) fixture.database).contents()).isEqualTo(before);
    }

    @Test
    void pastingInsertsFreshCopiesAboveTheSelectedRowWithLinksAmongThemRemapped() {
        CopiedRows rows = session.copy(List.of(id("Preparation")));
        session.rename(id("Design"), "Changed after copying");

        List<WorkItem> pasted = session.paste(rows, id("Launch"));

        assertThat(codes()).containsExactly("1 Preparation", "1.1 Requirements", "1.2 Changed after copying",
                "1.3 Approved", "2 Work", "2.1 Build", "2.2 Test", "3 Preparation", "3.1 Requirements", "3.2 Design",
                "3.3 Approved", "4 Launch");
        assertThat(pasted).hasSize(4).extracting(WorkItem::id).doesNotContainAnyElementsOf(
                List.of(id("Preparation"), id("Requirements"), id("Design"), id("Approved")));
        RoadmapPlan plan = session.plan();
        assertThat(PredecessorText.of(session, "3.2")).isEqualTo("3.1");
        assertThat(PredecessorText.of(session, "3.3")).isEqualTo("3.2");
        // the link into Build stays with the original milestone: Build was not copied
        assertThat(plan.successorsOf(plan.findByWbs("3.3").orElseThrow())).isEmpty();
        assertThat(rows.links()).hasSize(2);
    }

    @Test
    void pastingTwiceMakesTwoIndependentCopies() {
        CopiedRows rows = session.copy(List.of(id("Design"), id("Approved")));

        session.paste(rows, null);
        session.paste(rows, null);

        assertThat(codes()).endsWith("3 Launch", "4 Design", "5 Approved", "6 Design", "7 Approved");
        assertThat(PredecessorText.of(session, "7")).isEqualTo("6");
        assertThat(rows.roots()).hasSize(2);
    }

    @Test
    void nothingSelectedOrNothingCopiedChangesNothing() {
        session.paste(new CopiedRows(List.of(), List.of()), null);
        session.delete(List.of());

        assertThat(session.editor().canUndo()).isFalse();
    }

    @Test
    void aRowThatIsNoLongerThereIsReportedAsSuch() {
        UUID design = id("Design");
        session.delete(List.of(design));

        assertThatThrownBy(() -> session.indent(List.of(design)))
                .isInstanceOfSatisfying(PlanRuleViolation.class,
                        v -> assertThat(v.problem().key()).isEqualTo("rule.item-unknown"));
    }

    /** The predecessors column of the row with a WBS code. */
    private static final class PredecessorText {
        static String of(RoadmapSession session, String wbs) {
            return session.predecessorsText(session.plan().findByWbs(wbs).orElseThrow());
        }
    }
}
