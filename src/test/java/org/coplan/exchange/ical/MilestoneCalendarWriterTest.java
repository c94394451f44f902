package org.coplan.exchange.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.exports.RoadmapExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Milestones as all-day iCalendar events whose UIDs stay the same from one export to the next. */
class MilestoneCalendarWriterTest {

    private static final UUID ROADMAP = UUID.fromString("01890000-0000-7000-8000-000000000001");
    private static final UUID AGREED = UUID.fromString("01890000-0000-7000-8000-000000000002");
    private static final UUID WORK = UUID.fromString("01890000-0000-7000-8000-000000000003");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    @TempDir
    Path temp;

    private static WorkItem item(UUID id, String name, WorkItemKind kind, int days, String notes) {
        return new WorkItem(id, ROADMAP, null, Rank.initial(0), name, kind, DAY, DAY.plusDays(days), days, 0, null,
                null, Set.of(), null, null, notes, ItemConstraint.NONE);
    }

    private String written(Instant now) throws IOException {
        RoadmapExport export = new RoadmapExport(new Roadmap(ROADMAP, UUID.randomUUID(), "Action plan", null, null,
                Rank.initial(0)), List.of(item(WORK, "Survey", WorkItemKind.ACTIVITY, 4, null),
                item(AGREED, "Agreement; signed, at last — " + "очень длинное название ".repeat(3),
                        WorkItemKind.MILESTONE, 0, "Line one\nLine two")), List.of());
        Path file = temp.resolve("plan.ics");
        new MilestoneCalendarWriter(Clock.fixed(now, ZoneOffset.UTC)).write(export, file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void onlyMilestonesBecomeAllDayEventsWithTheirIdAsUid() throws IOException {
        String calendar = written(Instant.parse("2025-01-01T10:00:00Z"));
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(2);
        assertThat(calendar).contains("UID:" + AGREED + "@coplan\r\n", "DTSTART;VALUE=DATE:20250314\r\n",
                "DTEND;VALUE=DATE:20250315\r\n", "DTSTAMP:20250101T100000Z\r\n", "DESCRIPTION:Line one\\nLine two")
                .doesNotContain("Survey");
        String unfolded = calendar.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Agreement\\; signed\\, at last — очень длинное название");
    }

    @Test
    void linesFoldBefore75OctetsWithoutSplittingACharacter() throws IOException {
        String calendar = written(Instant.parse("2025-01-01T10:00:00Z"));
        for (String line : calendar.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(calendar).doesNotContain("\uFFFD");
    }

    @Test
    void aLaterExportKeepsTheSameUidsSoCalendarsUpdateTheirEvents() throws IOException {
        String first = written(Instant.parse("2025-01-01T10:00:00Z"));
        String later = written(Instant.parse("2025-02-01T10:00:00Z"));
        assertThat(uids(later)).isEqualTo(uids(first)).containsExactly("UID:" + AGREED + "@coplan");
    }

    private static List<String> uids(String calendar) {
        return calendar.lines().filter(line -> line.startsWith("UID:")).toList();
    }
}
