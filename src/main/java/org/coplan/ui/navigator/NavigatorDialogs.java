package org.coplan.ui.navigator;

import java.util.Optional;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.service.ReferenceData;

/**
 * The questions the navigator asks the user: the programme and roadmap forms and the delete confirmation.
 * The window implements them with dialogs; view-model tests answer them directly.
 */
public interface NavigatorDialogs {

    Optional<Programme> newProgramme(ReferenceData reference);

    Optional<Programme> editProgramme(ReferenceData reference, Programme programme);

    /** A new roadmap in the programme; its sort key is the catalog's to choose. */
    Optional<Roadmap> newRoadmap(ReferenceData reference, Programme programme);

    Optional<Roadmap> editRoadmap(ReferenceData reference, Programme programme, Roadmap roadmap);

    /** Whether the user confirms deleting: {@code question} names what goes, {@code action} is the button. */
    boolean confirmDelete(String question, String action);
}
