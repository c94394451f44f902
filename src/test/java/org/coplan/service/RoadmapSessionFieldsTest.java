package org.coplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.LocalizedName;
import org.coplan.domain.MemberState;
import org.coplan.domain.Roadmap;
import org.coplan.domain.StateRole;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Problem;
import org.coplan.service.edit.ReferenceEdit;
import org.coplan.service.port.PlanStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changing one field keeps the item's schedule consistent in the item's working calendar. */
class RoadmapSessionFieldsTest {

    private static final LocalDate THURSDAY = PlanFixture.MONDAY.plusDays(3);

    private PlanFixture fixture;
    private RoadmapSession session;
    private UUID design;

    @BeforeEach
    void open() {
        fixture = new PlanFixture().withSampleTree();
        session = fixture.open();
        design = fixture.id("Design");
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aNewStartKeepsTheDurationAndTheFinishSkipsTheWeekend() {
        session.setDuration(design, 5);

        WorkItem moved = session.setStart(design, THURSDAY);

        assertThat(moved.durationDays()).isEqualTo(5);
        assertThat(moved.finish()).isEqualTo(THURSDAY.plusDays(6));
    }

    @Test
    void aStatesHolidayIsNotAWorkingDay() {
        session.setLeadState(design, fixture.kazakhstan.id());
        session.setDuration(design, 3);

        WorkItem moved = session.setStart(design, PlanFixture.KAZAKH_HOLIDAY.minusDays(1));

        assertThat(moved.finish()).isEqualTo(LocalDate.of(2025, 3, 25));
        assertThat(session.workingTime(design).isWorkingDay(PlanFixture.KAZAKH_HOLIDAY)).isFalse();
    }

    @Test
    void aManualItemsNewFinishKeepsTheStartAndCountsTheWorkingDays() {
        session.setManual(List.of(design), true);
        session.setStart(design, PlanFixture.MONDAY);

        WorkItem stretched = session.setFinish(design, PlanFixture.MONDAY.plusDays(11));

        assertThat(stretched.start()).isEqualTo(PlanFixture.MONDAY);
        assertThat(stretched.durationDays()).isEqualTo(10);
        assertThat(stretched.constraint()).as("what the fixture gave it")
                .isEqualTo(new ItemConstraint(ConstraintType.START_NO_EARLIER_THAN, PlanFixture.MONDAY.plusDays(3)));
    }

    @Test
    void anAutomaticItemsNewFinishKeepsTheDurationAndBecomesFinishNoEarlierThan() {
        LocalDate friday = PlanFixture.MONDAY.plusDays(18);

        WorkItem moved = session.setFinish(design, friday);

        assertThat(moved.finish()).isEqualTo(friday);
        assertThat(moved.durationDays()).isEqualTo(5);
        assertThat(moved.start()).isEqualTo(PlanFixture.MONDAY.plusDays(14));
        assertThat(moved.constraint()).isEqualTo(new ItemConstraint(ConstraintType.FINISH_NO_EARLIER_THAN, friday));
    }

    @Test
    void aMilestoneMovesToItsNewFinish() {
        LocalDate later = PlanFixture.MONDAY.plusDays(17);

        WorkItem moved = session.setFinish(fixture.id("Approved"), later);

        assertThat(moved.start()).isEqualTo(later);
        assertThat(moved.finish()).isEqualTo(later);
    }

    @Test
    void becomingAMilestoneTakesZeroDaysOnTheStartAndBackToAnActivityOneDay() {
        WorkItem milestone = session.setKind(design, WorkItemKind.MILESTONE);
        assertThat(milestone.durationDays()).isZero();
        assertThat(milestone.finish()).isEqualTo(milestone.start());

        WorkItem activity = session.setKind(design, WorkItemKind.ACTIVITY);
        assertThat(activity.durationDays()).isEqualTo(1);
        assertThat(activity.finish()).isEqualTo(activity.start());
    }

    @Test
    void aLeadStateWithASixDayWeekShortensTheFinishAndClearingItRestoresIt() {
        UUID requirements = fixture.id("Requirements");
        session.setStart(requirements, PlanFixture.MONDAY);
        session.setDuration(requirements, 6);
        assertThat(session.plan().item(requirements).finish()).isEqualTo(PlanFixture.MONDAY.plusDays(7));

        WorkItem belarusian = session.setLeadState(requirements, fixture.belarus.id());
        assertThat(belarusian.finish()).isEqualTo(PlanFixture.MONDAY.plusDays(5));

        WorkItem cleared = session.setLeadState(requirements, null);
        assertThat(cleared.leadStateId()).isNull();
        assertThat(cleared.finish()).isEqualTo(PlanFixture.MONDAY.plusDays(7));
    }

    @Test
    void withoutALeadStateTheRoadmapsCalendarCounts() {
        UUID requirements = fixture.id("Requirements");
        ProgrammeCatalog catalog = new ProgrammeCatalog(fixture.editor);
        catalog.updateRoadmap(session.roadmap(), new Roadmap(fixture.roadmap.id(),
                fixture.programme.id(), "Action plan", null, fixture.sixDayCalendar.id(), fixture.roadmap.sortKey()));

        WorkItem item = session.setStart(requirements, PlanFixture.MONDAY);
        session.setDuration(requirements, 6);

        assertThat(session.roadmap().calendarId()).isEqualTo(fixture.sixDayCalendar.id());
        assertThat(session.plan().item(requirements).finish()).isEqualTo(PlanFixture.MONDAY.plusDays(5));
        assertThat(item.start()).isEqualTo(PlanFixture.MONDAY);
    }

    @Test
    void responsibilitiesAndTextsAreStored() {
        session.setLeadOrganization(design, fixture.academy.id());
        session.setParticipatingStates(design, Set.of(fixture.armenia.id(), fixture.kazakhstan.id()));
        session.setPriorityArea(design, fixture.ict.id());
        session.setDeliverable(design, "  Design report  ");
        session.setNotes(design, "");

        WorkItem stored = fixture.database.read(store -> store.workItems().find(design)).orElseThrow();
        assertThat(stored.leadOrganizationId()).isEqualTo(fixture.academy.id());
        assertThat(stored.participatingStateIds()).containsExactlyInAnyOrder(fixture.armenia.id(),
                fixture.kazakhstan.id());
        assertThat(stored.priorityAreaId()).isEqualTo(fixture.ict.id());
        assertThat(stored.deliverable()).isEqualTo("Design report");
        assertThat(stored.notes()).isNull();
        assertThat(session.plan().item(design)).isEqualTo(stored);
    }

    @Test
    void predecessorsTextIsDiffedAgainstTheLinksKeepingTheirIdentity() {
        UUID test = fixture.id("Test");
        UUID buildLink = session.plan().predecessorsOf(test).getFirst().id();

        session.setPredecessors(test, "2.1ss+2d; 1.1");

        assertThat(session.predecessorsText(test)).isEqualTo("1.1; 2.1SS+2d");
        assertThat(session.plan().findDependency(buildLink)).hasValueSatisfying(link -> {
            assertThat(link.type()).isEqualTo(DependencyType.SS);
            assertThat(link.lagDays()).isEqualTo(2);
        });
        assertThat(fixture.history.undoSize()).isEqualTo(1);
    }

    @Test
    void retypingTheSameValueAddsNoUndoStep() {
        WorkItem item = session.plan().item(design);

        session.rename(design, item.name());
        session.setStart(design, item.start());
        session.setPredecessors(design, session.predecessorsText(design));

        assertThat(session.editor().canUndo()).isFalse();
    }

    @Test
    void referenceDataAddedLaterCanBeUsedAtOnce() {
        MemberState kyrgyzstan = new MemberState(Ids.newId(), "KG",
                new LocalizedName("Kyrgyzstan", "Кыргызстан"),
                StateRole.MEMBER, null);
        fixture.editor.execute(new ReferenceEdit.Insert<>(
                PlanStore::states, kyrgyzstan, Problem.tr("edit.indent")));

        session.setLeadState(design, kyrgyzstan.id());

        assertThat(session.reference().state(kyrgyzstan.id())).isPresent();
        assertThat(session.plan().item(design).leadStateId()).isEqualTo(kyrgyzstan.id());
    }

    @Test
    void listenersHearOfEachEditAfterThePlanMirrorsIt() {
        List<String> heard = new ArrayList<>();
        Consumer<EditApplied> listener =
                applied -> heard.add(applied.cause() + " " + session.plan().item(design).name());
        session.addListener(listener);

        session.rename(design, "Renamed");
        session.editor().undo();
        session.editor().redo();
        session.removeListener(listener);
        session.rename(design, "Unheard");

        assertThat(heard).containsExactly("DONE Renamed", "UNDONE Design", "REDONE Renamed");
    }

    @Test
    void aClosedSessionNoLongerFollowsTheEditor() {
        RoadmapSession other = fixture.open();
        other.close();

        session.rename(design, "Renamed elsewhere");

        assertThat(other.plan().item(design).name()).isEqualTo("Design");
        assertThat(session.plan().item(design).name()).isEqualTo("Renamed elsewhere");
    }

    @Test
    void twoSessionsOnOneEditorStayInStep() {
        try (RoadmapSession second = fixture.open()) {
            session.indent(List.of(design));
            second.setDuration(design, 2);

            assertThat(PlanState.codes(second.plan())).isEqualTo(PlanState.codes(session.plan()));
            assertThat(session.plan().item(design)).isEqualTo(second.plan().item(design));
        }
    }
}
