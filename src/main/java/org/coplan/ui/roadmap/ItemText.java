package org.coplan.ui.roadmap;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Messages;

/**
 * How the values of a work item read in the user's language, and how typed text is read back: dates in
 * the locale's medium style, durations as "5 d", percentages as "40%". Shared by the tree's cells and the
 * property sheet so both show and accept the same text.
 */
public final class ItemText {

    // "5", "5d", "5 d", "5 days", "5 дн", "5 дн.": planners type it every way
    private static final Pattern DURATION = Pattern.compile(
            "([+-]?\\d{1,9})\\s*(?:d|day|days|д|дн|дн\\.|дней|дня|день)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERCENT = Pattern.compile("([+-]?\\d{1,9})\\s*%?");

    private final Messages messages;
    private final DateTimeFormatter dateFormat;
    private final List<DateTimeFormatter> dateInputs;

    public ItemText(Messages messages) {
        this.messages = messages;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.dateInputs = List.of(dateFormat,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(messages.locale()),
                DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public Messages messages() {
        return messages;
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    /** Reads a date typed in the shown style, the locale's short style or ISO; empty when none fits. */
    public Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : dateInputs) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException notThisStyle) {
                // try the next style
            }
        }
        return Optional.empty();
    }

    public String duration(int days) {
        return messages.tr("ui.roadmap.value.duration", days);
    }

    /** Working days from "5", "5d", "5 d" …; a negative number is read so that the rules can refuse it. */
    public static OptionalInt parseDuration(String text) {
        return parseNumber(DURATION, text);
    }

    public String percent(int percent) {
        return messages.tr("ui.roadmap.value.percent", percent);
    }

    public static OptionalInt parsePercent(String text) {
        return parseNumber(PERCENT, text);
    }

    private static OptionalInt parseNumber(Pattern pattern, String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = pattern.matcher(text.strip());
        if (!matcher.matches()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(matcher.group(1)));
    }

    public String kind(WorkItemKind kind) {
        return switch (kind) {
            case PHASE -> messages.tr("ui.roadmap.kind.phase");
            case ACTIVITY -> messages.tr("ui.roadmap.kind.activity");
            case MILESTONE -> messages.tr("ui.roadmap.kind.milestone");
        };
    }

    public String constraint(ConstraintType type) {
        return switch (type) {
            case AS_SOON_AS_POSSIBLE -> messages.tr("ui.roadmap.constraint.as-soon-as-possible");
            case START_NO_EARLIER_THAN -> messages.tr("ui.roadmap.constraint.start-no-earlier-than");
            case START_NO_LATER_THAN -> messages.tr("ui.roadmap.constraint.start-no-later-than");
            case FINISH_NO_EARLIER_THAN -> messages.tr("ui.roadmap.constraint.finish-no-earlier-than");
            case FINISH_NO_LATER_THAN -> messages.tr("ui.roadmap.constraint.finish-no-later-than");
            case MUST_START_ON -> messages.tr("ui.roadmap.constraint.must-start-on");
            case MUST_FINISH_ON -> messages.tr("ui.roadmap.constraint.must-finish-on");
        };
    }
}
