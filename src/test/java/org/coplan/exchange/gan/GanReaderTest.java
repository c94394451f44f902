package org.coplan.exchange.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Holiday;
import org.coplan.exchange.imports.PlanFiles;
import org.coplan.l10n.Messages;
import org.coplan.service.imports.ImportRefused;
import org.coplan.service.imports.ImportedItem;
import org.coplan.service.imports.ImportedLink;
import org.coplan.service.imports.ImportedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our own GanttProject reader: nested tasks keep their links, corrupt values are named, XML stays safe. */
class GanReaderTest {

    private static final String PLAN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project name="Joint study" version="3.3.3309">
              <tasks>
                <task id="0" uid="abc" name="Study" meeting="false" start="2025-03-03" duration="10" complete="20">
                  <notes><![CDATA[Agreed at the <b>kick-off</b>]]></notes>
                  <task id="12" name="Survey" meeting="false" start="2025-03-03" duration="5" complete="50"
                        thirdDate="2025-03-03" thirdDate-constraint="1">
                    <depend id="13" type="3" difference="-1" hardness="Strong"/>
                  </task>
                  <task id="13" name="Report" meeting="false" start="2025-03-10" duration="3" complete="0">
                    <depend id="14" type="4" difference="0" hardness="Strong"/>
                  </task>
                </task>
                <task id="14" name="Report agreed" meeting="true" start="2025-03-17" duration="1" complete="0"/>
              </tasks>
              <resources>
                <resource id="1" name="Institute of Physics" function="Default:0"/>
              </resources>
              <allocations>
                <allocation task-id="12" resource-id="0" function="Default:0" responsible="true" load="100.0"/>
                <allocation task-id="12" resource-id="1" function="Default:0" responsible="false" load="50.0"/>
              </allocations>
            </project>
            """;

    @TempDir
    Path temp;

    private ImportedPlan read(String content) throws IOException {
        return new GanReader().read(Files.writeString(temp.resolve("plan.gan"), content));
    }

    private String refusal(String content) throws IOException {
        Path file = Files.writeString(temp.resolve("bad.gan"), content);
        ImportRefused refused = catchThrowableOfType(ImportRefused.class, () -> new GanReader().read(file));
        assertThat(refused).as("refused").isNotNull();
        return Messages.english().text(refused.problem());
    }

    @Test
    void nestedTasksKeepTheirParentsOrderAndLinks() throws IOException {
        ImportedPlan plan = read(PLAN);
        assertThat(plan.title()).isEqualTo("Joint study");
        assertThat(plan.items()).extracting(ImportedItem::sourceId).containsExactly("0", "12", "13", "14");
        assertThat(plan.items()).extracting(ImportedItem::parentSourceId).containsExactly(null, "0", "0", null);
        assertThat(plan.links()).containsExactly(
                new ImportedLink("12", "13", DependencyType.FF, -1, null),
                new ImportedLink("13", "14", DependencyType.SF, 0, null));
    }

    @Test
    void valuesOfATaskAreKept() throws IOException {
        ImportedPlan plan = read(PLAN);
        ImportedItem study = plan.items().getFirst();
        assertThat(study.notes()).isEqualTo("Agreed at the <b>kick-off</b>");
        assertThat(study.percentComplete()).isEqualTo(20);
        ImportedItem survey = plan.items().get(1);
        assertThat(survey.start()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(survey.durationDays()).isEqualTo(5);
        assertThat(survey.constraint().type()).isEqualTo(ConstraintType.START_NO_EARLIER_THAN);
        ImportedItem agreed = plan.items().getLast();
        assertThat(agreed.milestone()).isTrue();
        assertThat(agreed.durationDays()).as("a milestone lasts no time whatever the file says").isZero();
        assertThat(plan.dropped()).singleElement()
                .satisfies(problem -> assertThat(Messages.english().text(problem))
                        .isEqualTo("One resource assignment ignored."));
        assertThat(plan.resources()).isEqualTo(Map.of("12", List.of("Institute of Physics")));
    }

    @Test
    void theWeekendAndHolidaysMakeTheCalendarEveryYearsHolidaysExpanded() throws IOException {
        ImportedPlan plan = read(PLAN.replace("<tasks>", """
                <calendars base-id="Switzerland">
                  <day-types>
                    <default-week id="1" name="default" sun="1" mon="0" tue="0" wed="0" thu="0" fri="1" sat="1"/>
                  </day-types>
                  <date year="" month="8" date="1" type="HOLIDAY"/>
                  <date year="2025" month="3" date="4" type="HOLIDAY"/>
                </calendars>
                <tasks>"""));
        assertThat(plan.calendar().name()).isEqualTo("Switzerland");
        assertThat(plan.calendar().workingDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(plan.calendar().holidays()).extracting(Holiday::date)
                .contains(LocalDate.of(2025, 3, 4), LocalDate.of(2024, 8, 1), LocalDate.of(2030, 8, 1));
        assertThat(plan.calendar().holidays()).extracting(Holiday::date).as("1 August 2026 is a Saturday")
                .doesNotContain(LocalDate.of(2026, 8, 1));
    }

    @Test
    void aByteOrderMarkOrAnotherDeclaredEncodingReads() throws IOException {
        Path withBom = temp.resolve("bom.gan");
        Files.write(withBom, ("\uFEFF" + PLAN).getBytes(StandardCharsets.UTF_8));
        assertThat(new PlanFiles().read(withBom).items()).hasSize(4);
        Path latin = temp.resolve("latin.gan");
        Files.write(latin, PLAN.replace("UTF-8", "ISO-8859-1").replace("Survey", "Übersicht")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new PlanFiles().read(latin).items()).extracting(ImportedItem::name).contains("Übersicht");
        Path utf16 = temp.resolve("utf16.gan");
        Files.write(utf16, ("\uFEFF" + PLAN.replace("UTF-8", "UTF-16")).getBytes(StandardCharsets.UTF_16LE));
        assertThat(new PlanFiles().read(utf16).items()).hasSize(4);
    }

    @Test
    void bytesThatAreNotTheDeclaredEncodingAreRefusedWithFileAndLine() throws IOException {
        Path file = temp.resolve("wrong.gan");
        Files.write(file, PLAN.replace("Survey", "Übersicht").getBytes(StandardCharsets.ISO_8859_1));
        ImportRefused refused = catchThrowableOfType(ImportRefused.class, () -> new PlanFiles().read(file));
        assertThat(Messages.english().text(refused.problem())).contains("wrong.gan", "not well-formed", "(6:");
    }

    @Test
    void aCorruptAttributeIsNamedWithItsTask() throws IOException {
        assertThat(refusal(PLAN.replace("duration=\"5\"", "duration=\"ARTIFICIALERROR\"")))
                .contains("duration=\"ARTIFICIALERROR\"", "task 12", "Survey");
        assertThat(refusal(PLAN.replace("start=\"2025-03-10\"", "start=\"10.03.2025\"")))
                .contains("start=\"10.03.2025\"", "task 13");
        assertThat(refusal(PLAN.replace("type=\"3\"", "type=\"7\""))).contains("type=\"7\"", "task 12");
    }

    @Test
    void brokenXmlIsRefusedWithThePlace() throws IOException {
        assertThat(refusal(PLAN.replace("</tasks>", ""))).contains("bad.gan", "not well-formed XML");
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "top secret");
        String withEntity = PLAN.replace("<project name=\"Joint study\"",
                "<!DOCTYPE project [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n<project name=\"&e;\"");
        assertThat(refusal(withEntity)).contains("DOCTYPE").doesNotContain("top secret");
    }
}
