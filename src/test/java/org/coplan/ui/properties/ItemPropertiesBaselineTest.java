package org.coplan.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.coplan.ui.common.TaskRunner;
import org.coplan.ui.roadmap.EditorFixture;
import org.coplan.ui.roadmap.RoadmapEditorViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The property sheet's Baseline section: the compared baseline's dates and the variance, read-only. */
class ItemPropertiesBaselineTest {

    private EditorFixture fixture;
    private RoadmapEditorViewModel editor;
    private ItemPropertiesViewModel vm;

    @BeforeEach
    void openTheRoadmap() {
        fixture = EditorFixture.inMemory();
        editor = new RoadmapEditorViewModel(fixture.editor, fixture.messages, fixture.notifier, TaskRunner.inline());
        vm = new ItemPropertiesViewModel(editor, fixture.messages, fixture.notifier);
        editor.open(fixture.roadmap.id());
        editor.select(List.of(fixture.id("Build")));
    }

    @AfterEach
    void closeTheDatabase() {
        editor.close();
        fixture.close();
    }

    private Object value(String id) {
        return vm.field(id).orElseThrow().getValue();
    }

    @Test
    void theBaselineSectionIsEmptyWithoutABaselineAndFollowsASaveAndAnEdit() {
        assertThat(vm.field("start-variance").orElseThrow().category()).isEqualTo(ItemField.Category.BASELINE);
        assertThat(vm.categoryName(ItemField.Category.BASELINE)).isEqualTo("Baseline");
        assertThat(value("baseline-start")).isEqualTo("");
        assertThat(value("start-variance")).isEqualTo("");

        editor.perform(session -> editor.comparedBaseline().baselines().save(session.plan(), 0, "Approved", false));

        assertThat(value("baseline-start")).isEqualTo(editor.text().date(LocalDate.of(2025, 3, 17)));
        assertThat(value("baseline-finish")).isEqualTo(editor.text().date(LocalDate.of(2025, 3, 21)));
        assertThat(value("start-variance")).isEqualTo("0d");

        editor.edits().changeFinish(fixture.id("Build"), LocalDate.of(2025, 3, 25));

        // as in MS Project, a finish typed on an automatically scheduled item keeps its duration: it moves
        assertThat(value("finish-variance")).isEqualTo("+2d");
        assertThat(value("start-variance")).isEqualTo("+2d");
        assertThat(List.of("baseline-start", "baseline-finish", "start-variance", "finish-variance"))
                .allMatch(id -> !vm.field(id).orElseThrow().editableProperty().get());
    }
}
