package org.coplan.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The dates a report covers, both included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
        }
    }

    /** Quarter 1 to 4 of the year. */
    public static ReportPeriod quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new ReportPeriod(start, start.plusMonths(3).minusDays(1));
    }

    /** Half 1 or 2 of the year. */
    public static ReportPeriod half(int year, int half) {
        LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new ReportPeriod(start, start.plusMonths(6).minusDays(1));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The quarter, half or year that holds {@code day}; for a custom period, {@code day} alone. */
    public static ReportPeriod around(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case QUARTER -> quarter(day.getYear(), quarterOf(day));
            case HALF_YEAR -> half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> year(day.getYear());
            case CUSTOM -> new ReportPeriod(day, day);
        };
    }

    /** Whether the dates are exactly a calendar quarter, half-year or year, as a title block would name them. */
    public PeriodKind kind() {
        if (from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0) {
            if (to.equals(from.plusMonths(3).minusDays(1))) {
                return PeriodKind.QUARTER;
            }
            if ((from.getMonthValue() == 1 || from.getMonthValue() == 7) && to.equals(from.plusMonths(6).minusDays(1))) {
                return PeriodKind.HALF_YEAR;
            }
            if (from.getMonthValue() == 1 && to.equals(from.plusYears(1).minusDays(1))) {
                return PeriodKind.YEAR;
            }
        }
        return PeriodKind.CUSTOM;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The first days of the calendar quarters the period touches, in order. */
    public List<LocalDate> quarterStarts() {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate start = LocalDate.of(from.getYear(), (quarterOf(from) - 1) * 3 + 1, 1);
        while (!start.isAfter(to)) {
            starts.add(start);
            start = start.plusMonths(3);
        }
        return starts;
    }

    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }
}
