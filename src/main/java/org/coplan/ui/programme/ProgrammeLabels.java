package org.coplan.ui.programme;

import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.l10n.Messages;

/** The names of programme kinds and statuses in the user's language (the navigator and the dialog share them). */
public final class ProgrammeLabels {

    private final Messages messages;

    public ProgrammeLabels(Messages messages) {
        this.messages = messages;
    }

    public String kind(ProgrammeKind kind) {
        return switch (kind) {
            case FRAMEWORK_PROGRAMME -> messages.tr("ui.programme.kind.framework-programme");
            case STRATEGY -> messages.tr("ui.programme.kind.strategy");
            case CONCEPT -> messages.tr("ui.programme.kind.concept");
            case ACTION_PLAN -> messages.tr("ui.programme.kind.action-plan");
            case JOINT_PROJECT -> messages.tr("ui.programme.kind.joint-project");
        };
    }

    public String status(ProgrammeStatus status) {
        return switch (status) {
            case DRAFT -> messages.tr("ui.programme.status.draft");
            case APPROVED -> messages.tr("ui.programme.status.approved");
            case IN_FORCE -> messages.tr("ui.programme.status.in-force");
            case COMPLETED -> messages.tr("ui.programme.status.completed");
            case CANCELLED -> messages.tr("ui.programme.status.cancelled");
        };
    }
}
