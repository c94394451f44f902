package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.CALENDAR;
import static org.coplan.persistence.generated.Tables.CALENDAR_HOLIDAY;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplan.domain.Holiday;
import org.coplan.domain.WorkCalendar;
import org.coplan.persistence.generated.tables.records.CalendarHolidayRecord;
import org.coplan.persistence.generated.tables.records.CalendarRecord;
import org.coplan.service.port.CalendarRepository;

/** Working calendars over {@code calendar}, holidays in {@code calendar_holiday}. */
final class JooqCalendarRepository extends JooqEntityRepository<WorkCalendar, CalendarRecord>
        implements CalendarRepository {

    private static final ChildRows<WorkCalendar, CalendarHolidayRecord> HOLIDAYS = new ChildRows<>("holidays",
            CALENDAR_HOLIDAY, CALENDAR_HOLIDAY.CALENDAR_ID, calendar -> calendar.holidays().stream()
            .map(h -> new CalendarHolidayRecord(null, calendar.id(), h.date(), h.name(), null, null, null))
            .toList());

    JooqCalendarRepository(StoreContext context, JooqChangeLogRepository changeLog) {
        super(context, changeLog, CALENDAR, CALENDAR.ID, List.of(HOLIDAYS));
    }

    @Override
    protected CalendarRecord toRecord(WorkCalendar calendar) {
        return new CalendarRecord(calendar.id(), calendar.name(), weekdays(calendar.workingDays()),
                calendar.isDefault(), null, null, null);
    }

    @Override
    protected WorkCalendar toEntity(CalendarRecord row, LoadedChildren loaded) {
        List<Holiday> holidays = loaded.of(HOLIDAYS, row.getId()).stream()
                .map(h -> new Holiday(h.getHolidayDate(), h.getName())).toList();
        return new WorkCalendar(row.getId(), row.getName(), weekdays(row.getWorkingWeekdays()), holidays,
                row.getIsDefault());
    }

    /** ISO day numbers in order, e.g. {@code 12345} for Monday to Friday. */
    static String weekdays(Set<DayOfWeek> days) {
        return days.stream().map(DayOfWeek::getValue).sorted().map(String::valueOf).collect(Collectors.joining());
    }

    static Set<DayOfWeek> weekdays(String isoNumbers) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        isoNumbers.chars().forEach(digit -> days.add(DayOfWeek.of(digit - '0')));
        return days;
    }
}
