package org.coplan.service.sample;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coplan.domain.Holiday;

/**
 * The fixed-date public holidays of the EAEU member states as their labour codes list them. Holidays whose
 * date moves (Easter, Radunitsa, Kurban Ait, Orozo Ait …) and the yearly transfers of days off by government
 * decree are left out: a planner adds those to the calendar each year.
 */
final class PublicHolidays {

    /** The first and last year the sample's calendars cover. */
    static final int FIRST_YEAR = 2025;
    static final int LAST_YEAR = 2030;

    private record FixedHoliday(MonthDay day, String name) {
    }

    private static final Map<String, List<FixedHoliday>> BY_STATE = Map.of(
            "AM", List.of(
                    fixed(Month.JANUARY, 1, "New Year"),
                    fixed(Month.JANUARY, 2, "New Year"),
                    fixed(Month.JANUARY, 6, "Christmas and Epiphany"),
                    fixed(Month.JANUARY, 28, "Army Day"),
                    fixed(Month.MARCH, 8, "Women's Day"),
                    fixed(Month.APRIL, 24, "Armenian Genocide Remembrance Day"),
                    fixed(Month.MAY, 1, "Labour Day"),
                    fixed(Month.MAY, 9, "Victory and Peace Day"),
                    fixed(Month.MAY, 28, "Republic Day"),
                    fixed(Month.JULY, 5, "Constitution Day"),
                    fixed(Month.SEPTEMBER, 21, "Independence Day"),
                    fixed(Month.DECEMBER, 31, "New Year's Eve")),
            "BY", List.of(
                    fixed(Month.JANUARY, 1, "New Year"),
                    fixed(Month.JANUARY, 2, "New Year"),
                    fixed(Month.JANUARY, 7, "Orthodox Christmas"),
                    fixed(Month.MARCH, 8, "Women's Day"),
                    fixed(Month.MAY, 1, "Labour Day"),
                    fixed(Month.MAY, 9, "Victory Day"),
                    fixed(Month.JULY, 3, "Independence Day"),
                    fixed(Month.NOVEMBER, 7, "October Revolution Day"),
                    fixed(Month.DECEMBER, 25, "Catholic Christmas")),
            "KZ", List.of(
                    fixed(Month.JANUARY, 1, "New Year"),
                    fixed(Month.JANUARY, 2, "New Year"),
                    fixed(Month.JANUARY, 7, "Orthodox Christmas"),
                    fixed(Month.MARCH, 8, "International Women's Day"),
                    fixed(Month.MARCH, 21, "Nauryz meyrami"),
                    fixed(Month.MARCH, 22, "Nauryz meyrami"),
                    fixed(Month.MARCH, 23, "Nauryz meyrami"),
                    fixed(Month.MAY, 1, "Unity Day of the People of Kazakhstan"),
                    fixed(Month.MAY, 7, "Defender of the Fatherland Day"),
                    fixed(Month.MAY, 9, "Victory Day"),
                    fixed(Month.JULY, 6, "Capital Day"),
                    fixed(Month.AUGUST, 30, "Constitution Day"),
                    fixed(Month.OCTOBER, 25, "Republic Day"),
                    fixed(Month.DECEMBER, 16, "Independence Day")),
            "KG", List.of(
                    fixed(Month.JANUARY, 1, "New Year"),
                    fixed(Month.JANUARY, 7, "Orthodox Christmas"),
                    fixed(Month.FEBRUARY, 23, "Defender of the Fatherland Day"),
                    fixed(Month.MARCH, 8, "International Women's Day"),
                    fixed(Month.MARCH, 21, "Nooruz"),
                    fixed(Month.APRIL, 7, "Day of the People's April Revolution"),
                    fixed(Month.MAY, 1, "Labour Day"),
                    fixed(Month.MAY, 5, "Constitution Day"),
                    fixed(Month.MAY, 9, "Victory Day"),
                    fixed(Month.AUGUST, 31, "Independence Day"),
                    fixed(Month.NOVEMBER, 7, "Days of History and Commemoration of Ancestors"),
                    fixed(Month.NOVEMBER, 8, "Days of History and Commemoration of Ancestors")),
            "RU", List.of(
                    fixed(Month.JANUARY, 1, "New Year holidays"),
                    fixed(Month.JANUARY, 2, "New Year holidays"),
                    fixed(Month.JANUARY, 3, "New Year holidays"),
                    fixed(Month.JANUARY, 4, "New Year holidays"),
                    fixed(Month.JANUARY, 5, "New Year holidays"),
                    fixed(Month.JANUARY, 6, "New Year holidays"),
                    fixed(Month.JANUARY, 7, "Orthodox Christmas"),
                    fixed(Month.JANUARY, 8, "New Year holidays"),
                    fixed(Month.FEBRUARY, 23, "Defender of the Fatherland Day"),
                    fixed(Month.MARCH, 8, "International Women's Day"),
                    fixed(Month.MAY, 1, "Spring and Labour Day"),
                    fixed(Month.MAY, 9, "Victory Day"),
                    fixed(Month.JUNE, 12, "Russia Day"),
                    fixed(Month.NOVEMBER, 4, "Unity Day")));

    private PublicHolidays() {
    }

    private static FixedHoliday fixed(Month month, int day, String name) {
        return new FixedHoliday(MonthDay.of(month, day), name);
    }

    /** Whether the state's fixed holidays are known here. */
    static boolean known(String isoCode) {
        return BY_STATE.containsKey(isoCode);
    }

    /** The state's fixed holidays in every year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
    static List<Holiday> of(String isoCode) {
        List<Holiday> holidays = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (FixedHoliday holiday : BY_STATE.getOrDefault(isoCode, List.of())) {
                LocalDate date = holiday.day().atYear(year);
                holidays.add(new Holiday(date, holiday.name()));
            }
        }
        return holidays;
    }
}
