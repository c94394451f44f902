package org.coplan.service.port;

import org.coplan.domain.WorkCalendar;

/** Storage of working calendars with their holidays. */
public interface CalendarRepository extends EntityRepository<WorkCalendar> {
}
