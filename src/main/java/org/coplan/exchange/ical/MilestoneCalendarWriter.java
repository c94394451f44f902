package org.coplan.exchange.ical;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.coplan.domain.WorkItem;
import org.coplan.service.exports.PlanWriter;
import org.coplan.service.exports.RoadmapExport;

/**
 * Writes a roadmap's milestones as an iCalendar file (RFC 5545) of all-day events. Each event's UID is the
 * milestone's id, so a calendar app that imports the file again updates the events instead of adding copies.
 */
public final class MilestoneCalendarWriter implements PlanWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final int LINE_OCTETS = 75;

    private final Clock clock;

    public MilestoneCalendarWriter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void write(RoadmapExport export, Path file) throws IOException {
        String stamp = STAMP.format(clock.instant().atOffset(ZoneOffset.UTC));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(out, "BEGIN:VCALENDAR");
            line(out, "VERSION:2.0");
            line(out, "PRODID:-//Coplan//Coplan//EN");
            line(out, "X-WR-CALNAME:" + text(export.roadmap().name()));
            for (WorkItem item : export.items()) {
                if (!item.isMilestone()) {
                    continue;
                }
                LocalDate day = item.start();
                line(out, "BEGIN:VEVENT");
                line(out, "UID:" + item.id() + "@coplan");
                line(out, "DTSTAMP:" + stamp);
                line(out, "DTSTART;VALUE=DATE:" + DAY.format(day));
                line(out, "DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
                line(out, "SUMMARY:" + text(item.name()));
                if (item.notes() != null) {
                    line(out, "DESCRIPTION:" + text(item.notes()));
                }
                line(out, "END:VEVENT");
            }
            line(out, "END:VCALENDAR");
        }
    }

    /** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Lines end in CRLF and fold before 75 octets, never inside a UTF-8 character. */
    private static void line(Writer out, String content) throws IOException {
        StringBuilder current = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                out.write(current.toString());
                out.write("\r\n ");
                current.setLength(0);
                octets = 1;
            }
            current.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.write(current.toString());
        out.write("\r\n");
    }
}
