package org.coplan.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanCounts;
import org.coplan.service.PlanEditor;
import org.coplan.service.PlanStatistics;
import org.coplan.service.ProgrammeCatalog;
import org.coplan.service.ProgrammeSummary;
import org.coplan.service.ReferenceData;
import org.coplan.service.UndoHistory;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.sample.SamplePlan;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;
import org.coplan.ui.navigator.NavigatorDialogs;
import org.coplan.ui.navigator.NavigatorViewModel;
import org.coplan.ui.roadmap.RoadmapEditorViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main window's own logic over the sample plan: which roadmap opens, the title, the counts. */
class MainWindowViewModelTest {

    private final Messages messages = Messages.english();
    private final List<String> questions = new ArrayList<>();
    private boolean confirm;
    private PlanDatabase database;
    private PlanEditor editor;
    private ProgrammeCatalog catalog;
    private NavigatorViewModel navigator;
    private RoadmapEditorViewModel roadmapEditor;
    private MainWindowViewModel window;

    @BeforeEach
    void openSample() {
        database = H2PlanDatabase.openInMemory("window-" + UUID.randomUUID(), ChangeAuthor.newReplica("tester"));
        new SamplePlan(database).load();
        editor = new PlanEditor(database, new UndoHistory());
        catalog = new ProgrammeCatalog(editor);
        Notifier quiet = new Notifier() {
            @Override
            public void info(String text) {
            }

            @Override
            public void error(Problem problem) {
            }

            @Override
            public void failure(String text, Throwable cause) {
                throw new AssertionError(text, cause);
            }
        };
        navigator = new NavigatorViewModel(catalog, editor, messages, quiet, TaskRunner.inline(), new NoDialogs());
        roadmapEditor = new RoadmapEditorViewModel(editor, messages, quiet, TaskRunner.inline());
        window = new MainWindowViewModel(messages, editor, new PlanStatistics(database), navigator, roadmapEditor,
                quiet, TaskRunner.inline(), (question, action) -> {
                    questions.add(question);
                    return confirm;
                });
    }

    @AfterEach
    void close() {
        window.dispose();
        database.close();
    }

    @Test
    void withoutARememberedRoadmapTheFirstRoadmapOfTheFirstProgrammeOpens() {
        window.start(Optional.empty());

        ProgrammeSummary first = navigator.programmes().getFirst();
        Roadmap roadmap = first.roadmaps().getFirst().roadmap();
        assertThat(window.openRoadmapProperty().get()).isEqualTo(roadmap.id());
        assertThat(roadmapEditor.sessionProperty().get().roadmap().id()).isEqualTo(roadmap.id());
        assertThat(window.windowTitleProperty().get())
                .isEqualTo("Coplan — " + roadmap.name() + " — " + first.programme().title());
    }

    @Test
    void theRememberedRoadmapOpensAgain() {
        Roadmap last = lastRoadmapInDatabase();

        window.start(Optional.of(last.id()));

        assertThat(window.openRoadmapProperty().get()).isEqualTo(last.id());
        assertThat(navigator.selectedNodeProperty().get().id()).isEqualTo(last.id());
    }

    @Test
    void aRememberedRoadmapThatIsGoneFallsBackToTheFirst() {
        window.start(Optional.of(UUID.randomUUID()));

        assertThat(window.openRoadmapProperty().get())
                .isEqualTo(navigator.programmes().getFirst().roadmaps().getFirst().roadmap().id());
    }

    @Test
    void choosingAnotherRoadmapInTheNavigatorOpensIt() {
        window.start(Optional.empty());
        Roadmap other = lastRoadmapInDatabase();

        navigator.select(other.id());

        assertThat(roadmapEditor.sessionProperty().get().roadmap().id()).isEqualTo(other.id());
        assertThat(window.windowTitleProperty().get()).contains(other.name());
    }

    @Test
    void deletingTheOpenRoadmapClosesItAndUndoingBringsItBackToTheList() {
        window.start(Optional.empty());
        UUID open = window.openRoadmapProperty().get();

        catalog.deleteRoadmap(open);

        assertThat(window.openRoadmapProperty().get()).isNull();
        assertThat(roadmapEditor.sessionProperty().get()).isNull();
        assertThat(window.windowTitleProperty().get()).isEqualTo("Coplan");

        editor.undo();

        assertThat(navigator.findRoadmap(open)).isPresent();
    }

    @Test
    void renamingTheOpenRoadmapRenamesTheWindow() {
        window.start(Optional.empty());
        Roadmap open = catalog.findRoadmap(window.openRoadmapProperty().get()).orElseThrow();

        catalog.updateRoadmap(open, open.withName("Action plan, second edition"));

        assertThat(window.windowTitleProperty().get()).startsWith("Coplan — Action plan, second edition — ");
    }

    @Test
    void theStatusBarCountsFollowEdits() {
        window.start(Optional.empty());
        PlanCounts before = new PlanStatistics(database).counts();
        assertThat(window.countsTextProperty().get()).isEqualTo(countsText(before));

        roadmapEditor.insertMilestone();

        PlanCounts after = new PlanStatistics(database).counts();
        assertThat(after.items()).isEqualTo(before.items() + 1);
        assertThat(window.countsTextProperty().get()).isEqualTo(countsText(after)).contains(" milestones");
    }

    @Test
    void deletingRowsWithSubItemsAsksFirst() {
        window.start(Optional.empty());
        var plan = roadmapEditor.sessionProperty().get().plan();
        var phase = plan.outline().stream().filter(item -> !plan.children(item.id()).isEmpty()).findFirst()
                .orElseThrow();
        long items = database.read(store -> store.workItems().count());
        roadmapEditor.select(List.of(phase.id()));

        confirm = false;
        window.deleteItems();

        assertThat(questions).singleElement().asString().startsWith("Delete \"");
        assertThat(database.read(store -> store.workItems().count()).longValue()).isEqualTo(items);

        confirm = true;
        window.deleteItems();

        assertThat(database.read(store -> store.workItems().count()).longValue()).isLessThan(items - 1);
    }

    private String countsText(PlanCounts counts) {
        return messages.tr("ui.main.status.counts", counts.programmes(), counts.roadmaps(), counts.items(),
                counts.milestones(), counts.dependencies());
    }

    private Roadmap lastRoadmapInDatabase() {
        return catalog.programmes(ProgrammeCatalog.Filter.ALL).getLast().roadmaps().getLast().roadmap();
    }

    private static final class NoDialogs implements NavigatorDialogs {
        @Override
        public Optional<Programme> newProgramme(ReferenceData reference) {
            return Optional.empty();
        }

        @Override
        public Optional<Programme> editProgramme(ReferenceData reference, Programme programme) {
            return Optional.empty();
        }

        @Override
        public Optional<Roadmap> newRoadmap(ReferenceData reference, Programme programme) {
            return Optional.empty();
        }

        @Override
        public Optional<Roadmap> editRoadmap(ReferenceData reference, Programme programme, Roadmap roadmap) {
            return Optional.empty();
        }

        @Override
        public boolean confirmDelete(String question, String action) {
            return false;
        }
    }
}
