package org.coplan.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;
import org.coplan.l10n.Messages;

/** A report's own words, in the report's language whatever the screens speak. */
public final class ReportTexts {

    private final Messages messages;
    private final DateTimeFormatter dates;

    public ReportTexts(ReportLanguage language) {
        this.messages = Messages.forLocale(language.locale());
        this.dates = DateTimeFormatter.ofPattern(messages.tr("report.date-pattern"), language.locale());
    }

    public String tr(String key, Object... arguments) {
        return messages.tr(key, arguments);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    public String status(MilestoneStatus status) {
        return switch (status) {
            case DONE -> messages.tr("report.status.done");
            case ON_TRACK -> messages.tr("report.status.on-track");
            case AT_RISK -> messages.tr("report.status.at-risk");
            case SLIPPED -> messages.tr("report.status.slipped");
            case OVERDUE -> messages.tr("report.status.overdue");
        };
    }

    public String groupBy(GroupBy groupBy) {
        return switch (groupBy) {
            case STATE -> messages.tr("report.group-by.state");
            case AREA -> messages.tr("report.group-by.area");
            case PROGRAMME -> messages.tr("report.group-by.programme");
        };
    }

    /** "+3", "−2" (a real minus sign), "0", or nothing without a baseline. */
    public String variance(OptionalInt days) {
        if (days.isEmpty()) {
            return "";
        }
        int value = days.getAsInt();
        return value > 0 ? "+" + value : value < 0 ? "\u2212" + (-value) : "0";
    }

    /** "Q2 2026" or "II кв. 2026". */
    public String quarter(LocalDate start) {
        return messages.tr("report.quarter", ReportPeriod.quarterOf(start), Integer.toString(start.getYear()));
    }

    /** The period as the title block names it: "Q2 2026 (1 Apr 2026 – 30 Jun 2026)" or the dates alone. */
    public String period(PeriodKind kind, ReportPeriod period) {
        String dates = messages.tr("report.period.dates", date(period.from()), date(period.to()));
        String year = Integer.toString(period.from().getYear());
        return switch (kind) {
            case QUARTER -> messages.tr("report.period.quarter", ReportPeriod.quarterOf(period.from()), year, dates);
            case HALF_YEAR -> messages.tr("report.period.half", period.from().getMonthValue() <= 6 ? 1 : 2, year,
                    dates);
            case YEAR -> messages.tr("report.period.year", year, dates);
            case CUSTOM -> dates;
        };
    }
}
