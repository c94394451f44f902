package org.coplan.service.imports;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.coplan.domain.Holiday;

/**
 * The plan's calendar as its file defines it: the working weekdays and the non-working days (holidays, one
 * entry per day, recurring exceptions already expanded). Becomes a Coplan calendar for the new roadmap.
 */
public record ImportedCalendar(String name, Set<DayOfWeek> workingDays, List<Holiday> holidays) {

    public ImportedCalendar {
        Objects.requireNonNull(name, "name");
        workingDays = Set.copyOf(workingDays);
        holidays = List.copyOf(holidays);
    }
}
