package org.coplan.service;

import org.coplan.service.edit.Edit;

/**
 * Told to listeners after an edit has been committed: {@code change} is what was applied (for an undo, the
 * inverse of the original edit), so a view mirrors it with {@code change.applyTo(plan)}.
 */
public record EditApplied(Edit change, Cause cause) {

    public enum Cause { DONE, UNDONE, REDONE }
}
