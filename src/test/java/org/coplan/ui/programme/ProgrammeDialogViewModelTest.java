package org.coplan.ui.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.ApprovingAct;
import org.coplan.domain.DateRange;
import org.coplan.domain.Ids;
import org.coplan.domain.LocalizedName;
import org.coplan.domain.MemberState;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.StateRole;
import org.coplan.domain.WorkCalendar;
import org.coplan.l10n.Messages;
import org.coplan.service.ReferenceData;
import org.junit.jupiter.api.Test;

class ProgrammeDialogViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private final WorkCalendar calendar = new WorkCalendar(Ids.newId(), "Default",
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(), true);
    private final MemberState kazakhstan = new MemberState(Ids.newId(), "KZ",
            new LocalizedName("Kazakhstan", "Казахстан"), StateRole.MEMBER, calendar.id());
    private final MemberState russia = new MemberState(Ids.newId(), "RU",
            new LocalizedName("Russia", "Россия"), StateRole.MEMBER, calendar.id());
    private final PriorityArea ict = new PriorityArea(Ids.newId(), "ICT",
            new LocalizedName("Information technology", "Информационные технологии"));
    private final ReferenceData reference = new ReferenceData(List.of(russia, kazakhstan), List.of(), List.of(ict),
            List.of(calendar));
    private final Messages messages = Messages.english();

    @Test
    void aNewProgrammeNeedsATitleBeforeItCanBeCreated() {
        ProgrammeDialogViewModel model = ProgrammeDialogViewModel.forNew(messages, reference, TODAY);

        assertThat(model.isValid()).isFalse();
        assertThat(model.titleErrorProperty().get()).isEqualTo("The title must not be empty.");
        assertThatThrownBy(model::toProgramme).isInstanceOf(IllegalStateException.class);

        model.titleProperty().set("  Framework programme of S&T development  ");

        assertThat(model.isValid()).isTrue();
        assertThat(model.titleErrorProperty().get()).isEmpty();
    }

    @Test
    void aNewProgrammeStartsAsADraftOverTheNextFiveYears() {
        ProgrammeDialogViewModel model = ProgrammeDialogViewModel.forNew(messages, reference, TODAY);
        model.titleProperty().set("Concept");

        Programme programme = model.toProgramme();

        assertThat(programme.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(programme.kind()).isEqualTo(ProgrammeKind.FRAMEWORK_PROGRAMME);
        assertThat(programme.period()).isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)));
        assertThat(programme.title()).isEqualTo("Concept");
        assertThat(programme.act().isEmpty()).isTrue();
    }

    @Test
    void aFinishBeforeTheStartIsRefusedAndNamesBothDates() {
        ProgrammeDialogViewModel model = ProgrammeDialogViewModel.forNew(messages, reference, TODAY);
        model.titleProperty().set("Action plan");

        model.finishProperty().set(LocalDate.of(2025, 12, 31));

        assertThat(model.isValid()).isFalse();
        assertThat(model.periodErrorProperty().get()).contains("finish").contains("2025").contains("2026");

        model.finishProperty().set(LocalDate.of(2026, 1, 1));

        assertThat(model.isValid()).as("a one-day programme is allowed").isTrue();
        assertThat(model.periodErrorProperty().get()).isEmpty();
    }

    @Test
    void aMissingDateIsRefused() {
        ProgrammeDialogViewModel model = ProgrammeDialogViewModel.forNew(messages, reference, TODAY);
        model.titleProperty().set("Strategy");

        model.startProperty().set(null);

        assertThat(model.isValid()).isFalse();
        assertThat(model.periodErrorProperty().get()).isEqualTo("The start must not be empty.");
    }

    @Test
    void textLongerThanTheDatabaseKeepsIsRefused() {
        ProgrammeDialogViewModel model = ProgrammeDialogViewModel.forNew(messages, reference, TODAY);
        model.titleProperty().set("x".repeat(ProgrammeDialogViewModel.TITLE_LIMIT + 1));

        assertThat(model.isValid()).isFalse();
        assertThat(model.titleErrorProperty().get()).isEqualTo("The title is longer than 500 characters.");

        model.titleProperty().set("Programme");
        model.actNumberProperty().set("1".repeat(ProgrammeDialogViewModel.ACT_NUMBER_LIMIT + 1));

        assertThat(model.isValid()).isFalse();
        assertThat(model.actErrorProperty().get()).contains("number of the approving act");
    }

    @Test
    void editingKeepsTheIdAndCarriesEveryField() {
        Programme original = new Programme(Ids.newId(), "Main directions of industrial cooperation",
                ProgrammeKind.STRATEGY, new ApprovingAct("Decision of the Council", "No. 7", LocalDate.of(2024, 5, 8)),
                new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)), ProgrammeStatus.IN_FORCE,
                "Industrial cooperation to 2030", Set.of(ict.id()), Set.of(russia.id()));
        ProgrammeDialogViewModel model = ProgrammeDialogViewModel.forEdit(messages, reference, original);

        assertThat(model.isValid()).isTrue();
        assertThat(model.isChanged()).isFalse();
        assertThat(model.toProgramme()).isEqualTo(original);

        model.checkedStateIds().add(kazakhstan.id());
        model.statusProperty().set(ProgrammeStatus.COMPLETED);
        Programme edited = model.toProgramme();

        assertThat(model.isChanged()).isTrue();
        assertThat(edited.id()).isEqualTo(original.id());
        assertThat(edited.stateIds()).containsExactlyInAnyOrder(russia.id(), kazakhstan.id());
        assertThat(edited.status()).isEqualTo(ProgrammeStatus.COMPLETED);
        assertThat(edited.act()).isEqualTo(original.act());
    }

    @Test
    void clearingTheKindDisablesOk() {
        ProgrammeDialogViewModel model = ProgrammeDialogViewModel.forNew(messages, reference, TODAY);
        model.titleProperty().set("Joint project");

        model.kindProperty().set(null);

        assertThat(model.isValid()).isFalse();
        assertThat(model.kindErrorProperty().get()).isNotEmpty();
    }

    @Test
    void choicesAreNamedInTheUserLanguage() {
        ProgrammeDialogViewModel english = ProgrammeDialogViewModel.forNew(messages, reference, TODAY);
        ProgrammeDialogViewModel russian = ProgrammeDialogViewModel.forNew(
                Messages.forLocale(java.util.Locale.forLanguageTag("ru")), reference, TODAY);

        assertThat(english.stateName(kazakhstan)).isEqualTo("Kazakhstan (KZ)");
        assertThat(russian.stateName(kazakhstan)).isEqualTo("Казахстан (KZ)");
        assertThat(russian.areaName(ict)).isEqualTo("Информационные технологии");
        assertThat(english.stateChoices()).as("sorted by ISO code").containsExactly(kazakhstan, russia);
    }

    @Test
    void newAndEditHaveTheirOwnHeadings() {
        UUID id = Ids.newId();
        Programme programme = new Programme(id, "P", ProgrammeKind.CONCEPT, null,
                new DateRange(TODAY, TODAY), ProgrammeStatus.DRAFT, null, Set.of(), Set.of());

        assertThat(ProgrammeDialogViewModel.forNew(messages, reference, TODAY).heading()).isEqualTo("New programme");
        assertThat(ProgrammeDialogViewModel.forEdit(messages, reference, programme).heading())
                .isEqualTo("Edit programme");
    }
}
