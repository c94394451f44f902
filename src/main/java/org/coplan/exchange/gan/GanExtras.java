package org.coplan.exchange.gan;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamReader;
import org.coplan.domain.Holiday;
import org.coplan.l10n.Problem;
import org.coplan.service.imports.ImportRefused;
import org.coplan.service.imports.ImportedCalendar;
import org.coplan.service.imports.ImportedItem;

/**
 * The calendar and resources of a GanttProject file: {@code <default-week>} marks the weekend with 1s,
 * {@code <date year month date type="HOLIDAY">} a holiday (every year when {@code year} is empty, expanded
 * over the plan's years), {@code <resource id name>} and {@code <allocation task-id resource-id>} who works
 * on what.
 */
final class GanExtras {

    private static final String[] WEEK = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private String calendarName = "GanttProject";
    private Set<DayOfWeek> working;
    private final List<int[]> holidays = new ArrayList<>();
    private final Map<String, String> resourceNames = new HashMap<>();
    private final Map<String, List<String>> allocations = new LinkedHashMap<>();

    void calendarName(String name) {
        if (name != null && !name.isBlank()) {
            calendarName = name.strip();
        }
    }

    void week(XMLStreamReader xml) {
        if (working != null) {
            return;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < WEEK.length; i++) {
            String flag = xml.getAttributeValue(null, WEEK[i]);
            if (!"1".equals(flag == null ? null : flag.strip())) {
                days.add(DayOfWeek.of(i + 1));
            }
        }
        working = days;
    }

    /** A holiday date; {@code year} 0 stands for every year. */
    void holiday(XMLStreamReader xml) {
        if (!"HOLIDAY".equalsIgnoreCase(String.valueOf(xml.getAttributeValue(null, "type")))) {
            return;
        }
        String year = xml.getAttributeValue(null, "year");
        holidays.add(new int[] {year == null || year.isBlank() ? 0 : number(xml, "year"), number(xml, "month"),
            number(xml, "date")});
    }

    private static int number(XMLStreamReader xml, String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException corrupt) {
            throw ImportRefused.of("import.error.gan-holiday", attribute, value == null ? "" : value);
        }
    }

    void resource(XMLStreamReader xml) {
        String id = xml.getAttributeValue(null, "id");
        String name = xml.getAttributeValue(null, "name");
        if (id != null && name != null && !name.isBlank()) {
            resourceNames.put(id.strip(), name.strip());
        }
    }

    void allocation(XMLStreamReader xml) {
        String task = xml.getAttributeValue(null, "task-id");
        String resource = xml.getAttributeValue(null, "resource-id");
        if (task != null && resource != null) {
            allocations.computeIfAbsent(task.strip(), id -> new ArrayList<>()).add(resource.strip());
        }
    }

    /** Each task's resources by name; allocations to resources the file does not name are counted as dropped. */
    Map<String, List<String>> resources(List<Problem> dropped) {
        Map<String, List<String>> byTask = new LinkedHashMap<>();
        int unnamed = 0;
        for (Map.Entry<String, List<String>> task : allocations.entrySet()) {
            List<String> names = task.getValue().stream().map(resourceNames::get).filter(Objects::nonNull).toList();
            unnamed += task.getValue().size() - names.size();
            if (!names.isEmpty()) {
                byTask.put(task.getKey(), names);
            }
        }
        if (unnamed > 0) {
            dropped.add(Problem.tr("import.dropped.resource-assignments", unnamed));
        }
        return byTask;
    }

    /** The calendar, holidays of every year expanded from a year before the plan to five after it. */
    ImportedCalendar calendar(List<ImportedItem> items, List<Problem> dropped) {
        Set<DayOfWeek> week = working == null || working.isEmpty() ? EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY) : working;
        int first = items.stream().map(ImportedItem::start).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .map(LocalDate::getYear).orElse(LocalDate.now().getYear()) - 1;
        int last = items.stream().map(ImportedItem::start).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(LocalDate::getYear).orElse(first + 1) + 5;
        Map<LocalDate, Holiday> days = new TreeMap<>();
        int invalid = 0;
        for (int[] holiday : holidays) {
            int from = holiday[0] == 0 ? first : holiday[0];
            int to = holiday[0] == 0 ? last : holiday[0];
            for (int year = from; year <= to; year++) {
                try {
                    LocalDate day = LocalDate.of(year, holiday[1], holiday[2]);
                    if (week.contains(day.getDayOfWeek())) {
                        days.putIfAbsent(day, new Holiday(day, day.toString()));
                    }
                } catch (DateTimeException impossible) {
                    // 29 February in a year without it, or a day no month has
                    invalid += year == from ? 1 : 0;
                }
            }
        }
        if (invalid > 0) {
            dropped.add(Problem.tr("import.dropped.invalid-holidays", invalid));
        }
        return new ImportedCalendar(calendarName, week, List.copyOf(days.values()));
    }
}
