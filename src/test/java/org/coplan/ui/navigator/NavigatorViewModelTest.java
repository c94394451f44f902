package org.coplan.ui.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.DateRange;
import org.coplan.domain.Ids;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.Roadmap;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.ProgrammeCatalog;
import org.coplan.service.ProgrammeSummary;
import org.coplan.service.ReferenceData;
import org.coplan.service.RoadmapSummary;
import org.coplan.service.UndoHistory;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.ProgrammeEdit;
import org.coplan.service.edit.WorkItemEdit;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.sample.SamplePlan;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;
import org.coplan.ui.navigator.NavigatorNode.ProgrammeNode;
import org.coplan.ui.navigator.NavigatorNode.RoadmapNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The navigator over the sample plan in an in-memory database, its dialogs answered by the test. */
class NavigatorViewModelTest {

    private final Messages messages = Messages.english();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private PlanDatabase database;
    private PlanEditor editor;
    private ProgrammeCatalog catalog;
    private NavigatorViewModel navigator;

    @BeforeEach
    void openSample() {
        database = H2PlanDatabase.openInMemory("navigator-" + UUID.randomUUID(), ChangeAuthor.newReplica("tester"));
        new SamplePlan(database).load();
        editor = new PlanEditor(database, new UndoHistory());
        catalog = new ProgrammeCatalog(editor);
        navigator = new NavigatorViewModel(catalog, editor, messages, notifier, TaskRunner.inline(), dialogs);
        navigator.refresh();
    }

    @AfterEach
    void close() {
        navigator.dispose();
        database.close();
    }

    @Test
    void listsEveryProgrammeByTitleWithItsRoadmapsAndTheirItemCounts() {
        List<ProgrammeSummary> shown = navigator.programmes();

        assertThat(shown).hasSize(database.read(store -> (int) store.programmes().count())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(shown).extracting(summary -> summary.programme().title())
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        for (ProgrammeSummary summary : shown) {
            assertThat(summary.roadmaps()).isNotEmpty();
            for (RoadmapSummary roadmap : summary.roadmaps()) {
                long stored = database.read(store -> store.workItems().countByRoadmap(roadmap.roadmap().id()));
                assertThat(roadmap.itemCount()).isEqualTo(stored).isPositive();
            }
        }
        assertThat(navigator.loadedProperty().get()).isTrue();
    }

    @Test
    void theFiltersOfferAllAndEveryStateAndAreaInTheUserLanguage() {
        assertThat(navigator.stateChoices().getFirst()).isEqualTo(new FilterChoice(null, "All states"));
        assertThat(navigator.areaChoices().getFirst().label()).isEqualTo("All priority areas");
        assertThat(navigator.stateChoices()).extracting(FilterChoice::label).contains("Kazakhstan (KZ)");

        NavigatorViewModel russian = new NavigatorViewModel(catalog, editor,
                Messages.forLocale(java.util.Locale.forLanguageTag("ru")), notifier, TaskRunner.inline(), dialogs);
        russian.refresh();
        assertThat(russian.stateChoices().getFirst().label()).isEqualTo("Все государства");
        assertThat(russian.stateChoices()).extracting(FilterChoice::label).contains("Казахстан (KZ)");
        russian.dispose();
    }

    @Test
    void filteringByStateShowsOnlyTheProgrammesItTakesPartIn() {
        List<ProgrammeSummary> all = List.copyOf(navigator.programmes());
        FilterChoice state = choiceWithFewerProgrammes(all);

        navigator.stateFilterProperty().set(state);

        assertThat(navigator.programmes()).isNotEmpty().hasSizeLessThan(all.size())
                .allMatch(summary -> summary.programme().stateIds().contains(state.id()));
        assertThat(navigator.filteredBinding().get()).isTrue();

        navigator.clearFilters();

        assertThat(navigator.programmes()).containsExactlyElementsOf(all);
    }

    @Test
    void filteringByPriorityAreaAndStateTogetherNeedsBoth() {
        FilterChoice area = navigator.areaChoices().stream().skip(1)
                .filter(choice -> navigator.programmes().stream()
                        .anyMatch(summary -> summary.programme().priorityAreaIds().contains(choice.id())))
                .findFirst().orElseThrow();
        navigator.areaFilterProperty().set(area);
        List<ProgrammeSummary> byArea = List.copyOf(navigator.programmes());
        assertThat(byArea).isNotEmpty()
                .allMatch(summary -> summary.programme().priorityAreaIds().contains(area.id()));

        FilterChoice absentState = navigator.stateChoices().stream().skip(1)
                .filter(choice -> byArea.stream().noneMatch(s -> s.programme().stateIds().contains(choice.id())))
                .findFirst().orElse(null);
        if (absentState != null) {
            navigator.stateFilterProperty().set(absentState);
            assertThat(navigator.programmes()).isEmpty();
        }
    }

    @Test
    void aSelectedRoadmapHiddenByTheFilterIsDeselectedAndComesBackSelectable() {
        RoadmapNode first = navigator.firstRoadmap().orElseThrow();
        navigator.select(first.id());
        assertThat(navigator.selectedNodeProperty().get()).isEqualTo(first);

        FilterChoice other = navigator.stateChoices().stream().skip(1)
                .filter(choice -> !first.programme().programme().stateIds().contains(choice.id()))
                .findFirst().orElse(null);
        if (other != null) {
            navigator.stateFilterProperty().set(other);
            assertThat(navigator.selectedNodeProperty().get()).isNull();
        }
        navigator.clearFilters();
        navigator.select(first.id());
        assertThat(navigator.selectedNodeProperty().get()).isInstanceOf(RoadmapNode.class);
        assertThat(navigator.findRoadmap(first.id())).contains(first);
    }

    @Test
    void aSelectionAskedForBeforeLoadingIsMadeOnceLoaded() {
        RoadmapNode wanted = navigator.programmes().getLast().roadmaps().stream()
                .map(roadmap -> new RoadmapNode(navigator.programmes().getLast(), roadmap)).findFirst().orElseThrow();
        NavigatorViewModel fresh = new NavigatorViewModel(catalog, editor, messages, notifier, TaskRunner.inline(),
                dialogs);

        fresh.select(wanted.id());
        assertThat(fresh.selectedNodeProperty().get()).isNull();
        fresh.refresh();

        assertThat(fresh.selectedNodeProperty().get()).isEqualTo(wanted);
        fresh.dispose();
    }

    @Test
    void aNewProgrammeIsCreatedSelectedAndUndoneWithCtrlZ() {
        int before = navigator.programmes().size();
        Programme created = new Programme(Ids.newId(), "Aaa joint programme on plasma technologies",
                ProgrammeKind.JOINT_PROJECT, null, new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)),
                ProgrammeStatus.DRAFT, null, Set.of(), Set.of());
        dialogs.programmeAnswer = Optional.of(created);

        navigator.newProgramme();

        assertThat(navigator.programmes()).hasSize(before + 1);
        assertThat(navigator.programmes().getFirst().programme()).isEqualTo(created);
        assertThat(navigator.selectedNodeProperty().get()).isEqualTo(new ProgrammeNode(navigator.programmes().getFirst()));

        editor.undo();

        assertThat(navigator.programmes()).hasSize(before)
                .noneMatch(summary -> summary.programme().id().equals(created.id()));
        assertThat(navigator.selectedNodeProperty().get()).isNull();
    }

    @Test
    void aNewRoadmapGoesIntoTheSelectedProgrammeOnTheChosenCalendar() {
        ProgrammeSummary target = navigator.programmes().getFirst();
        navigator.select(target.programme().id());
        ReferenceData reference = navigator.reference();
        UUID calendar = reference.calendars().getLast().id();
        dialogs.roadmapAnswer = Optional.of(new Roadmap(Ids.newId(), target.programme().id(), "Second stage", "Later work",
                calendar, org.coplan.domain.Rank.initial(0)));

        navigator.newRoadmap();

        ProgrammeSummary after = navigator.programmes().stream()
                .filter(summary -> summary.programme().id().equals(target.programme().id())).findFirst().orElseThrow();
        assertThat(after.roadmaps()).hasSize(target.roadmaps().size() + 1);
        RoadmapSummary added = after.roadmaps().getLast();
        assertThat(added.roadmap().name()).isEqualTo("Second stage");
        assertThat(added.roadmap().calendarId()).isEqualTo(calendar);
        assertThat(added.itemCount()).isZero();
        assertThat(navigator.selectedNodeProperty().get()).isEqualTo(new RoadmapNode(after, added));
        assertThat(editor.undoLabel()).map(Problem::key).contains("edit.create-roadmap");
    }

    @Test
    void deletingAProgrammeAsksWithItsCountsAndUndoBringsEverythingBack() {
        ProgrammeSummary doomed = navigator.programmes().getFirst();
        long items = doomed.roadmaps().stream().mapToLong(RoadmapSummary::itemCount).sum();
        long storedItems = database.read(store -> store.workItems().count());
        navigator.select(doomed.programme().id());
        dialogs.confirmAnswer = true;

        navigator.deleteSelected();

        assertThat(dialogs.questions).containsExactly("Delete the programme \"" + doomed.programme().title()
                + "\" with its roadmap and " + items + " work items? Edit ▸ Undo (Ctrl+Z) brings everything back.");
        assertThat(navigator.programmes()).noneMatch(s -> s.programme().id().equals(doomed.programme().id()));
        assertThat(database.read(store -> store.workItems().count()).longValue()).isEqualTo(storedItems - items);

        editor.undo();

        assertThat(navigator.programmes()).contains(doomed);
        assertThat(database.read(store -> store.workItems().count()).longValue()).isEqualTo(storedItems);
    }

    @Test
    void answeringNoDeletesNothing() {
        ProgrammeSummary kept = navigator.programmes().getFirst();
        RoadmapSummary roadmap = kept.roadmaps().getFirst();
        navigator.select(roadmap.roadmap().id());
        dialogs.confirmAnswer = false;

        navigator.deleteSelected();

        assertThat(dialogs.questions).singleElement().asString()
                .startsWith("Delete the roadmap \"" + roadmap.roadmap().name() + "\" with its " + roadmap.itemCount());
        assertThat(navigator.programmes()).contains(kept);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void editingARoadmapRenamesItInTheList() {
        ProgrammeSummary programme = navigator.programmes().get(1);
        RoadmapSummary roadmap = programme.roadmaps().getFirst();
        navigator.select(roadmap.roadmap().id());
        dialogs.roadmapAnswer = Optional.of(roadmap.roadmap().withName("Renamed action plan"));

        navigator.editSelected();

        assertThat(navigator.findRoadmap(roadmap.roadmap().id())).map(node -> node.roadmap().roadmap().name())
                .contains("Renamed action plan");
        assertThat(navigator.selectedNodeProperty().get()).isInstanceOf(RoadmapNode.class)
                .extracting(NavigatorNode::id).isEqualTo(roadmap.roadmap().id());
    }

    @Test
    void aRefusedEditIsReportedAndChangesNothing() {
        ProgrammeSummary programme = navigator.programmes().getFirst();
        navigator.select(programme.programme().id());
        Programme withUnknownState = new Programme(programme.programme().id(), programme.programme().title(),
                programme.programme().kind(), programme.programme().act(), programme.programme().period(),
                programme.programme().status(), programme.programme().description(),
                programme.programme().priorityAreaIds(), Set.of(Ids.newId()));
        dialogs.programmeAnswer = Optional.of(withUnknownState);

        navigator.editProgramme();

        assertThat(notifier.errors).hasSize(1);
        assertThat(editor.canUndo()).isFalse();
        assertThat(navigator.programmes().getFirst()).isEqualTo(programme);
    }

    @Test
    void onlyEditsThatChangeTheListMakeItReload() {
        Programme any = navigator.programmes().getFirst().programme();
        assertThat(NavigatorViewModel.changesCatalog(new ProgrammeEdit.Update(any, any, Problem.tr("edit.x"))))
                .isTrue();
        assertThat(NavigatorViewModel.changesCatalog(new CompositeEdit(List.of(
                new WorkItemEdit.Insert(List.of(), List.of(), Problem.tr("edit.x"))), Problem.tr("edit.x")))).isTrue();
        var item = database.read(store -> store.workItems().findAll().getFirst());
        assertThat(NavigatorViewModel.changesCatalog(new WorkItemEdit.Update(item, item, Problem.tr("edit.x"))))
                .isFalse();
    }

    private FilterChoice choiceWithFewerProgrammes(List<ProgrammeSummary> all) {
        return navigator.stateChoices().stream().skip(1)
                .filter(choice -> {
                    long count = all.stream().filter(s -> s.programme().stateIds().contains(choice.id())).count();
                    return count > 0 && count < all.size();
                })
                .min(Comparator.comparing(FilterChoice::label))
                .orElseThrow(() -> new AssertionError("the sample should have a state in some programmes only"));
    }

    private static final class RecordingNotifier implements Notifier {
        final List<String> infos = new ArrayList<>();
        final List<Problem> errors = new ArrayList<>();
        final List<Throwable> failures = new ArrayList<>();

        @Override
        public void info(String text) {
            infos.add(text);
        }

        @Override
        public void error(Problem problem) {
            errors.add(problem);
        }

        @Override
        public void failure(String text, Throwable cause) {
            failures.add(cause);
        }
    }

    private static final class ScriptedDialogs implements NavigatorDialogs {
        Optional<Programme> programmeAnswer = Optional.empty();
        Optional<Roadmap> roadmapAnswer = Optional.empty();
        boolean confirmAnswer;
        final List<String> questions = new ArrayList<>();

        @Override
        public Optional<Programme> newProgramme(ReferenceData reference) {
            return programmeAnswer;
        }

        @Override
        public Optional<Programme> editProgramme(ReferenceData reference, Programme programme) {
            return programmeAnswer;
        }

        @Override
        public Optional<Roadmap> newRoadmap(ReferenceData reference, Programme programme) {
            return roadmapAnswer;
        }

        @Override
        public Optional<Roadmap> editRoadmap(ReferenceData reference, Programme programme, Roadmap roadmap) {
            return roadmapAnswer;
        }

        @Override
        public boolean confirmDelete(String question, String action) {
            questions.add(question);
            return confirmAnswer;
        }
    }
}
