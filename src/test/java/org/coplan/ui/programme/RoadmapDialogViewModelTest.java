package org.coplan.ui.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.coplan.domain.Ids;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkCalendar;
import org.coplan.l10n.Messages;
import org.coplan.service.ReferenceData;
import org.junit.jupiter.api.Test;

class RoadmapDialogViewModelTest {

    private final WorkCalendar standard = new WorkCalendar(Ids.newId(), "Standard",
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(), true);
    private final WorkCalendar sixDays = new WorkCalendar(Ids.newId(), "Six days",
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), List.of(), false);
    private final ReferenceData reference = new ReferenceData(List.of(), List.of(), List.of(),
            List.of(sixDays, standard));
    private final Messages messages = Messages.english();
    private final UUID programmeId = Ids.newId();

    @Test
    void aNewRoadmapNeedsANameAndUsesTheDefaultCalendar() {
        RoadmapDialogViewModel model = RoadmapDialogViewModel.forNew(messages, reference, "Concept 2025");

        assertThat(model.isValid()).isFalse();
        assertThat(model.nameErrorProperty().get()).isEqualTo("The name must not be empty.");
        assertThat(model.calendarProperty().get()).isEqualTo(standard);
        assertThat(model.programmeLine()).contains("Concept 2025");

        model.nameProperty().set("Action plan");
        Roadmap roadmap = model.toRoadmap(programmeId, Rank.initial(3));

        assertThat(model.isValid()).isTrue();
        assertThat(roadmap.name()).isEqualTo("Action plan");
        assertThat(roadmap.programmeId()).isEqualTo(programmeId);
        assertThat(roadmap.calendarId()).isEqualTo(standard.id());
        assertThat(roadmap.sortKey()).isEqualTo(Rank.initial(3));
    }

    @Test
    void editingKeepsIdProgrammeAndPlace() {
        Roadmap original = new Roadmap(Ids.newId(), programmeId, "Roadmap", null, standard.id(), Rank.initial(1));
        RoadmapDialogViewModel model = RoadmapDialogViewModel.forEdit(messages, reference, original, "Programme");

        model.nameProperty().set("Renamed roadmap");
        model.calendarProperty().set(sixDays);
        Roadmap edited = model.toRoadmap(Ids.newId(), Rank.initial(9));

        assertThat(edited).isEqualTo(new Roadmap(original.id(), programmeId, "Renamed roadmap", null, sixDays.id(),
                original.sortKey()));
    }

    @Test
    void aBlankNameIsRefusedAgain() {
        Roadmap original = new Roadmap(Ids.newId(), programmeId, "Roadmap", "About it", null, Rank.initial(0));
        RoadmapDialogViewModel model = RoadmapDialogViewModel.forEdit(messages, reference, original, "Programme");

        model.nameProperty().set("   ");

        assertThat(model.isValid()).isFalse();
        model.nameProperty().set("R");
        model.descriptionProperty().set("d".repeat(RoadmapDialogViewModel.DESCRIPTION_LIMIT + 1));
        assertThat(model.isValid()).isFalse();
        assertThat(model.descriptionErrorProperty().get()).contains("description");
    }

    @Test
    void newItemsAreAutomaticByDefaultAndTheCheckboxMakesThemManual() {
        RoadmapDialogViewModel model = RoadmapDialogViewModel.forNew(messages, reference, "Concept 2025");
        model.nameProperty().set("Action plan");

        assertThat(model.newItemsManualProperty().get()).isFalse();
        assertThat(model.toRoadmap(programmeId, null).newItemsManual()).isFalse();

        model.newItemsManualProperty().set(true);

        assertThat(model.toRoadmap(programmeId, null).newItemsManual()).isTrue();
    }

    @Test
    void editingShowsAndKeepsTheNewItemsModeUnlessChanged() {
        Roadmap manual = new Roadmap(Ids.newId(), programmeId, "Roadmap", null, standard.id(), Rank.initial(1))
                .withNewItemsManual(true);
        RoadmapDialogViewModel model = RoadmapDialogViewModel.forEdit(messages, reference, manual, "Programme");

        assertThat(model.newItemsManualProperty().get()).isTrue();
        model.nameProperty().set("Renamed roadmap");
        assertThat(model.toRoadmap(programmeId, null)).isEqualTo(manual.withName("Renamed roadmap"));

        model.newItemsManualProperty().set(false);
        assertThat(model.toRoadmap(programmeId, null)).isEqualTo(manual.withName("Renamed roadmap")
                .withNewItemsManual(false));
    }
}
