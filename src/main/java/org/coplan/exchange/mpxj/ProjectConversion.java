package org.coplan.exchange.mpxj;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Holiday;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.LagUnit;
import org.coplan.l10n.Problem;
import org.coplan.service.imports.ImportedBaseline;
import org.coplan.service.imports.ImportedCalendar;
import org.coplan.service.imports.ImportedItem;
import org.coplan.service.imports.ImportedLink;
import org.coplan.service.imports.ImportedPlan;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

/**
 * One MPXJ project as an {@link ImportedPlan}. MS Project's project summary row (outline level 0) is the
 * roadmap itself, not an item, and blank rows are nothing; both are left out, blank rows counted in the report.
 */
final class ProjectConversion {

    private final ProjectFile project;
    private final String formatName;
    private final ProjectProperties properties;
    private final List<Problem> dropped = new ArrayList<>();

    ProjectConversion(ProjectFile project, String formatName) {
        this.project = project;
        this.formatName = formatName;
        this.properties = project.getProjectProperties();
    }

    ImportedPlan plan() {
        List<ImportedItem> items = new ArrayList<>();
        // in file order, so that links come out in a stable order
        Set<Task> kept = new LinkedHashSet<>();
        int blankRows = 0;
        int lateConstraints = 0;
        for (Task task : project.getTasks()) {
            if (isProjectSummary(task)) {
                continue;
            }
            if (task.getNull()) {
                blankRows++;
                continue;
            }
            kept.add(task);
            ItemConstraint constraint = constraint(task);
            lateConstraints += constraint == null ? 1 : 0;
            items.add(new ImportedItem(sourceId(task), parentId(task), task.getName(), task.getMilestone(),
                    date(task.getStart()), date(task.getFinish()), days(task.getDuration()),
                    percent(task.getPercentageComplete()), constraint, task.getNotes(),
                    task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED,
                    task.getGUID() == null ? null : task.getGUID().toString()));
        }
        List<ImportedLink> links = links(kept);
        if (blankRows > 0) {
            dropped.add(Problem.tr("import.dropped.blank-rows", blankRows));
        }
        if (lateConstraints > 0) {
            dropped.add(Problem.tr("import.dropped.as-late-as-possible", lateConstraints));
        }
        String title = properties.getProjectTitle() != null ? properties.getProjectTitle() : properties.getName();
        return new ImportedPlan(formatName, title, items, links, dropped, calendar(items, kept),
                baselines(kept), resources(kept));
    }

    /**
     * The project's calendar: its working weekdays and its non-working exceptions as holidays, recurring ones
     * expanded over the plan's years (from a year before its start to five after its finish). Extra working
     * days and the calendars of single tasks have no place in a Coplan calendar: counted as dropped.
     */
    private ImportedCalendar calendar(List<ImportedItem> items, Set<Task> kept) {
        ProjectCalendar calendar = project.getDefaultCalendar();
        if (calendar == null) {
            return null;
        }
        Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (calendar.isWorkingDay(day)) {
                working.add(day);
            }
        }
        LocalDate from = items.stream().map(ImportedItem::start).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(LocalDate.MIN.plusYears(1)).minusYears(1);
        LocalDate to = items.stream().map(item -> item.finish() != null ? item.finish() : item.start())
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(LocalDate.MAX.minusYears(5))
                .plusYears(5);
        Map<LocalDate, Holiday> holidays = new TreeMap<>();
        int workingExceptions = 0;
        int outside = 0;
        for (ProjectCalendarException exception : calendar.getExpandedCalendarExceptions()) {
            if (exception.getWorking()) {
                workingExceptions++;
                continue;
            }
            LocalDate last = exception.getToDate() != null ? exception.getToDate() : exception.getFromDate();
            for (LocalDate day = exception.getFromDate(); day != null && !day.isAfter(last); day = day.plusDays(1)) {
                if (day.isBefore(from) || day.isAfter(to)) {
                    outside++;
                } else if (working.contains(day.getDayOfWeek())) {
                    String name = exception.getName() == null || exception.getName().isBlank() ? day.toString()
                            : exception.getName().strip();
                    holidays.putIfAbsent(day, new Holiday(day, name.length() > 200 ? name.substring(0, 200) : name));
                }
            }
        }
        if (workingExceptions > 0) {
            dropped.add(Problem.tr("import.dropped.working-exceptions", workingExceptions));
        }
        if (outside > 0) {
            dropped.add(Problem.tr("import.dropped.holidays-outside", outside));
        }
        long ownCalendars = kept.stream().filter(task -> task.getCalendar() != null
                && task.getCalendar() != calendar).count();
        if (ownCalendars > 0) {
            dropped.add(Problem.tr("import.dropped.task-calendars", ownCalendars));
        }
        if (working.isEmpty()) {
            return null;
        }
        String name = calendar.getName() == null || calendar.getName().isBlank() ? formatName
                : calendar.getName().strip();
        return new ImportedCalendar(name, working, List.copyOf(holidays.values()));
    }

    /** MS Project's Baseline and Baseline1 … Baseline10, where any task has one. */
    private List<ImportedBaseline> baselines(Set<Task> kept) {
        List<ImportedBaseline> baselines = new ArrayList<>();
        for (int slot = 0; slot <= 10; slot++) {
            List<ImportedBaseline.Entry> entries = new ArrayList<>();
            for (Task task : kept) {
                LocalDate start = date(slot == 0 ? task.getBaselineStart() : task.getBaselineStart(slot));
                LocalDate finish = date(slot == 0 ? task.getBaselineFinish() : task.getBaselineFinish(slot));
                if (start != null && finish != null && !finish.isBefore(start)) {
                    entries.add(new ImportedBaseline.Entry(sourceId(task), start, finish,
                            days(slot == 0 ? task.getBaselineDuration() : task.getBaselineDuration(slot))));
                }
            }
            if (!entries.isEmpty()) {
                baselines.add(new ImportedBaseline(slot,
                        date(slot == 0 ? properties.getBaselineDate() : properties.getBaselineDate(slot)), entries));
            }
        }
        return baselines;
    }

    /** The names of the resources assigned to each task, in the file's order. */
    private Map<String, List<String>> resources(Set<Task> kept) {
        Map<String, List<String>> resources = new LinkedHashMap<>();
        for (ResourceAssignment assignment : project.getResourceAssignments()) {
            Task task = assignment.getTask();
            Resource resource = assignment.getResource();
            if (task == null || !kept.contains(task) || resource == null || resource.getName() == null
                    || resource.getName().isBlank()) {
                continue;
            }
            resources.computeIfAbsent(sourceId(task), id -> new ArrayList<>()).add(resource.getName().strip());
        }
        return resources;
    }

    private List<ImportedLink> links(Set<Task> kept) {
        List<ImportedLink> links = new ArrayList<>();
        int dangling = 0;
        for (Task successor : kept) {
            for (Relation relation : successor.getPredecessors()) {
                Task predecessor = relation.getPredecessorTask();
                if (!kept.contains(predecessor)) {
                    dangling++;
                    continue;
                }
                Duration lag = relation.getLag();
                links.add(new ImportedLink(sourceId(predecessor), sourceId(successor), type(relation),
                        lagDays(lag, predecessor), lag != null && lag.getUnits().isElapsed() ? LagUnit.ELAPSED
                        : LagUnit.WORKING));
            }
        }
        if (dangling > 0) {
            dropped.add(Problem.tr("import.dropped.dangling-links", dangling));
        }
        return links;
    }

    private static boolean isProjectSummary(Task task) {
        Integer level = task.getOutlineLevel();
        return level != null && level == 0;
    }

    private static String sourceId(Task task) {
        return String.valueOf(task.getUniqueID() != null ? task.getUniqueID() : task.getID());
    }

    private static String parentId(Task task) {
        Task parent = task.getParentTask();
        return parent == null || isProjectSummary(parent) || parent.getNull() ? null : sourceId(parent);
    }

    private static LocalDate date(LocalDateTime moment) {
        return moment == null ? null : moment.toLocalDate();
    }

    private static int percent(Number value) {
        return value == null ? 0 : (int) Math.round(value.doubleValue());
    }

    /** Working days; a part of a day counts as a day, so a short task does not turn into a milestone. */
    private int days(Duration duration) {
        if (duration == null || duration.getDuration() == 0) {
            return 0;
        }
        double days = inDays(duration);
        return days > 0 && days < 1 ? 1 : (int) Math.round(days);
    }

    private double inDays(Duration duration) {
        TimeUnit unit = duration.getUnits();
        double value = duration.getDuration();
        if (unit.isElapsed()) {
            return switch (unit) {
                case ELAPSED_MINUTES -> value / (24 * 60);
                case ELAPSED_HOURS -> value / 24;
                case ELAPSED_WEEKS -> value * 7;
                case ELAPSED_MONTHS -> value * 30;
                case ELAPSED_YEARS -> value * 365;
                default -> value;
            };
        }
        return duration.convertUnits(TimeUnit.DAYS, properties).getDuration();
    }

    /** A lag in percent is a share of the predecessor's duration, as in MS Project. */
    private int lagDays(Duration lag, Task predecessor) {
        if (lag == null || lag.getDuration() == 0) {
            return 0;
        }
        TimeUnit unit = lag.getUnits();
        if (unit == TimeUnit.PERCENT || unit == TimeUnit.ELAPSED_PERCENT) {
            return (int) Math.round(lag.getDuration() / 100 * days(predecessor.getDuration()));
        }
        double days = inDays(lag);
        long rounded = Math.round(days);
        // a lag of hours stays a lag: rounding it to nothing would change the link
        return (int) (rounded == 0 ? Math.signum(days) : rounded);
    }

    private static DependencyType type(Relation relation) {
        return switch (relation.getType()) {
            case FINISH_START -> DependencyType.FS;
            case START_START -> DependencyType.SS;
            case FINISH_FINISH -> DependencyType.FF;
            case START_FINISH -> DependencyType.SF;
        };
    }

    /** The task's constraint, or {@code null} for "as late as possible", which Coplan does not schedule. */
    private static ItemConstraint constraint(Task task) {
        org.mpxj.ConstraintType type = task.getConstraintType();
        LocalDate date = date(task.getConstraintDate());
        if (type == null) {
            return ItemConstraint.NONE;
        }
        ConstraintType ours = switch (type) {
            case AS_SOON_AS_POSSIBLE -> ConstraintType.AS_SOON_AS_POSSIBLE;
            case AS_LATE_AS_POSSIBLE -> null;
            case MUST_START_ON, START_ON -> ConstraintType.MUST_START_ON;
            case MUST_FINISH_ON, FINISH_ON -> ConstraintType.MUST_FINISH_ON;
            case START_NO_EARLIER_THAN -> ConstraintType.START_NO_EARLIER_THAN;
            case START_NO_LATER_THAN -> ConstraintType.START_NO_LATER_THAN;
            case FINISH_NO_EARLIER_THAN -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case FINISH_NO_LATER_THAN -> ConstraintType.FINISH_NO_LATER_THAN;
        };
        if (ours == null) {
            return null;
        }
        return ours.needsDate() && date == null ? ItemConstraint.NONE : new ItemConstraint(ours, date);
    }
}
