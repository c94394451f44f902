package org.coplan.ui.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Problem;
import org.coplan.service.RoadmapSession;

/**
 * Changes of one field of one work item, as the tree's cells and the property sheet make them: typed text
 * is read here (so "5 d" means the same in both places), then the open {@link RoadmapSession} checks and
 * stores it as one undoable step. Each method returns whether the change was accepted; a refusal has
 * already been shown to the user, and nothing was stored.
 */
public final class ItemEdits {

    private final RoadmapEditorViewModel editor;
    private final ItemText text;

    ItemEdits(RoadmapEditorViewModel editor, ItemText text) {
        this.editor = editor;
        this.text = text;
    }

    public boolean rename(UUID id, String name) {
        return editor.perform(session -> session.rename(id, name));
    }

    public boolean changeKind(UUID id, WorkItemKind kind) {
        return editor.perform(session -> session.setKind(id, kind));
    }

    public boolean changeStart(UUID id, LocalDate start) {
        return editor.perform(session -> session.setStart(id, start));
    }

    /** The start as typed: the shown date style, the locale's short style or ISO. */
    public boolean changeStart(UUID id, String typed) {
        return editor.perform(session -> session.setStart(id,
                readDate(session, id, typed, Problem.tr("field.start"))));
    }

    public boolean changeFinish(UUID id, LocalDate finish) {
        return editor.perform(session -> session.setFinish(id, finish));
    }

    public boolean changeFinish(UUID id, String typed) {
        return editor.perform(session -> session.setFinish(id,
                readDate(session, id, typed, Problem.tr("field.finish"))));
    }

    /** Working days as typed: "5", "5d", "5 d". */
    public boolean changeDuration(UUID id, String typed) {
        return editor.perform(session -> {
            int days = ItemText.parseDuration(typed).orElseThrow(
                    () -> PlanRuleViolation.of("ui.roadmap.error.duration", session.label(id), typed.strip()));
            session.setDuration(id, days);
        });
    }

    /** Percent complete as typed: "40" or "40%". */
    public boolean changePercentComplete(UUID id, String typed) {
        return editor.perform(session -> {
            int percent = ItemText.parsePercent(typed).orElseThrow(
                    () -> PlanRuleViolation.of("ui.roadmap.error.percent", session.label(id), typed.strip()));
            session.setPercentComplete(id, percent);
        });
    }

    public boolean changeLeadState(UUID id, UUID stateId) {
        return editor.perform(session -> session.setLeadState(id, stateId));
    }

    public boolean changeLeadOrganization(UUID id, UUID organizationId) {
        return editor.perform(session -> session.setLeadOrganization(id, organizationId));
    }

    public boolean changeParticipatingStates(UUID id, Set<UUID> stateIds) {
        return editor.perform(session -> session.setParticipatingStates(id, stateIds));
    }

    public boolean changePriorityArea(UUID id, UUID areaId) {
        return editor.perform(session -> session.setPriorityArea(id, areaId));
    }

    /** Links as typed, e.g. {@code 1.2FS+2d; 3}; empty text removes every predecessor. */
    public boolean changePredecessors(UUID id, String typed) {
        return editor.perform(session -> {
            String normalized = typed == null ? "" : typed.strip();
            // committing the text as shown must not rewrite the links (and add an undo step)
            if (!normalized.equals(session.predecessorsText(id))) {
                session.setPredecessors(id, normalized);
            }
        });
    }

    public boolean changeDeliverable(UUID id, String deliverable) {
        return editor.perform(session -> session.setDeliverable(id, deliverable));
    }

    public boolean changeNotes(UUID id, String notes) {
        return editor.perform(session -> session.setNotes(id, notes));
    }

    /** MS Project's task mode: a manually scheduled item keeps its dates, an automatic one follows its links. */
    public boolean changeManual(UUID id, boolean manual) {
        return editor.perform(session -> session.setManual(List.of(id), manual));
    }

    /** A date constraint; {@code date} is needed by every type but "as soon as possible". */
    public boolean changeConstraint(UUID id, ConstraintType type, LocalDate date) {
        return editor.perform(session -> session.setConstraint(id, new ItemConstraint(type, date)));
    }

    private LocalDate readDate(RoadmapSession session, UUID id, String typed, Problem field) {
        String shown = typed == null ? "" : typed.strip();
        return text.parseDate(shown).orElseThrow(() -> PlanRuleViolation.of("ui.roadmap.error.date",
                session.label(id), shown, field, text.date(LocalDate.now())));
    }
}
