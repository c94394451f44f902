package org.coplan.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Working weekdays and named public holidays: one per state, and a default one. */
public record WorkCalendar(UUID id, String name, Set<DayOfWeek> workingDays, List<Holiday> holidays,
                           boolean isDefault) {

    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public WorkCalendar {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "field.name", 200);
        workingDays = workingDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workingDays));
        if (workingDays.isEmpty()) {
            throw PlanRuleViolation.of("rule.calendar-no-working-day", name);
        }
        holidays = holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList();
        if (holidays.stream().map(Holiday::date).distinct().count() != holidays.size()) {
            throw PlanRuleViolation.of("rule.calendar-holiday-twice", name);
        }
    }

    public Set<LocalDate> holidayDates() {
        return holidays.stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet());
    }
}
