package org.coplan.gantt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The texts of the timeline header and of milestone dates. For each header cell the chart takes the first
 * of the offered texts that fits the cell, so they go from longest to shortest.
 */
public interface TimelineLabels {

    /** Texts for the cell of {@code unit} beginning on {@code cellStart}, longest first. */
    List<String> cell(TimelineUnit unit, LocalDate cellStart, boolean upperTier);

    /** The date written beside a milestone. */
    String milestoneDate(LocalDate date);

    /**
     * Labels in {@code locale}'s month names and date style; {@code quarter} writes a quarter from its number
     * (1 to 4) and year, e.g. "Q2 2026", so that the application can take it from its bundles.
     */
    static TimelineLabels of(Locale locale, BiFunction<Integer, Integer, String> quarter) {
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", locale);
        DateTimeFormatter dayMonthYear = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return new TimelineLabels() {
            @Override
            public List<String> cell(TimelineUnit unit, LocalDate start, boolean upperTier) {
                String year = Integer.toString(start.getYear());
                return switch (unit) {
                    case YEAR -> List.of(year);
                    case QUARTER -> {
                        int number = (start.getMonthValue() - 1) / 3 + 1;
                        yield upperTier ? List.of(quarter.apply(number, start.getYear()), quarter.apply(number, null))
                                : List.of(quarter.apply(number, null), Integer.toString(number));
                    }
                    case MONTH -> upperTier
                            ? List.of(start.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + year,
                                    start.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + year,
                                    start.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                            : List.of(start.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale),
                                    start.getMonth().getDisplayName(TextStyle.NARROW_STANDALONE, locale));
                    case WEEK -> upperTier ? List.of(dayMonthYear.format(start), dayMonth.format(start))
                            : List.of(Integer.toString(start.getDayOfMonth()));
                    case DAY -> List.of(Integer.toString(start.getDayOfMonth()),
                            start.getDayOfWeek().getDisplayName(TextStyle.NARROW_STANDALONE, locale));
                };
            }

            @Override
            public String milestoneDate(LocalDate date) {
                return dayMonth.format(date);
            }
        };
    }
}
