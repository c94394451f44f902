package org.coplan.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.domain.MemberState;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkCalendar;
import org.coplan.scheduling.WorkingTime;

/**
 * Which working calendar an item's dates are counted in: its lead state's, else the roadmap's, else the
 * default calendar, else Monday to Friday. Holds the working times it built, because one is asked for on
 * every date edit and building one copies the holiday set.
 */
final class ItemCalendars {

    private final ReferenceData reference;
    private final Roadmap roadmap;
    private final Map<UUID, WorkingTime> byCalendar = new HashMap<>();
    private WorkingTime fallback;

    ItemCalendars(ReferenceData reference, Roadmap roadmap) {
        this.reference = reference;
        this.roadmap = roadmap;
    }

    /** The working time of an item led by {@code leadStateId} (which may be {@code null}). */
    WorkingTime forLeadState(UUID leadStateId) {
        Optional<WorkCalendar> calendar = reference.state(leadStateId)
                .map(MemberState::calendarId)
                .flatMap(reference::calendar)
                .or(() -> reference.calendar(roadmap.calendarId()))
                .or(reference::defaultCalendar);
        if (calendar.isEmpty()) {
            if (fallback == null) {
                fallback = WorkingTime.standard();
            }
            return fallback;
        }
        return byCalendar.computeIfAbsent(calendar.get().id(), id -> new WorkingTime(calendar.get()));
    }
}
