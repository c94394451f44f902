package org.coplan.ui.navigator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.l10n.Messages;
import org.coplan.service.ReferenceData;
import org.coplan.ui.common.ErrorDialogs;
import org.coplan.ui.programme.ProgrammeDialog;
import org.coplan.ui.programme.ProgrammeDialogViewModel;
import org.coplan.ui.programme.ProgrammeLabels;
import org.coplan.ui.programme.RoadmapDialog;
import org.coplan.ui.programme.RoadmapDialogViewModel;

/** The navigator's questions as modal dialogs over the main window. */
public final class FxNavigatorDialogs implements NavigatorDialogs {

    private final Messages messages;
    private final ErrorDialogs dialogs;
    private final Supplier<Window> owner;
    private final Clock clock;

    public FxNavigatorDialogs(Messages messages, ErrorDialogs dialogs, Supplier<Window> owner, Clock clock) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.owner = owner;
        this.clock = clock;
    }

    @Override
    public Optional<Programme> newProgramme(ReferenceData reference) {
        return programmeDialog(ProgrammeDialogViewModel.forNew(messages, reference, LocalDate.now(clock)));
    }

    @Override
    public Optional<Programme> editProgramme(ReferenceData reference, Programme programme) {
        return programmeDialog(ProgrammeDialogViewModel.forEdit(messages, reference, programme));
    }

    private Optional<Programme> programmeDialog(ProgrammeDialogViewModel model) {
        return new ProgrammeDialog(model, messages, new ProgrammeLabels(messages), owner.get()).showAndWait();
    }

    @Override
    public Optional<Roadmap> newRoadmap(ReferenceData reference, Programme programme) {
        RoadmapDialogViewModel model = RoadmapDialogViewModel.forNew(messages, reference, programme.title());
        return new RoadmapDialog(model, messages, programme.id(), owner.get()).showAndWait();
    }

    @Override
    public Optional<Roadmap> editRoadmap(ReferenceData reference, Programme programme, Roadmap roadmap) {
        RoadmapDialogViewModel model = RoadmapDialogViewModel.forEdit(messages, reference, roadmap, programme.title());
        return new RoadmapDialog(model, messages, programme.id(), owner.get()).showAndWait();
    }

    @Override
    public boolean confirmDelete(String question, String action) {
        return dialogs.confirm(owner.get(), messages.tr("ui.navigator.delete.header"), question, action);
    }
}
