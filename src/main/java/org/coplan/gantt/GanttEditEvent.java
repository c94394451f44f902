package org.coplan.gantt;

import java.util.Objects;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;

/** Fired by a {@link GanttChart} when a planner edits a bar with the mouse; {@link #edit()} says how. */
public final class GanttEditEvent extends Event {

    public static final EventType<GanttEditEvent> EDIT = new EventType<>(Event.ANY, "GANTT_EDIT");

    private final transient GanttEdit edit;

    public GanttEditEvent(Object source, EventTarget target, GanttEdit edit) {
        super(source, target, EDIT);
        this.edit = Objects.requireNonNull(edit, "edit");
    }

    public GanttEdit edit() {
        return edit;
    }
}
