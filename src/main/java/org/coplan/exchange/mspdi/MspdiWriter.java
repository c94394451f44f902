package org.coplan.exchange.mspdi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.exports.PlanWriter;
import org.coplan.service.exports.RoadmapExport;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Writes MS Project XML (MSPDI) through MPXJ, which MS Project and ProjectLibre open. Days are MS Project's
 * standard 08:00–17:00; an elapsed lag is written in elapsed days so that it stays elapsed. Each task's GUID is
 * the item's id, so that a later import can recognise the items it already has.
 */
public final class MspdiWriter implements PlanWriter {

    private static final LocalTime DAY_START = LocalTime.of(8, 0);
    private static final LocalTime DAY_END = LocalTime.of(17, 0);

    @Override
    public void write(RoadmapExport export, Path file) throws IOException {
        ProjectFile project = new ProjectFile();
        project.setDefaultCalendar(project.addDefaultBaseCalendar());
        project.getProjectProperties().setProjectTitle(export.roadmap().name());
        Map<UUID, Task> tasks = new HashMap<>();
        for (WorkItem item : export.items()) {
            Task parent = tasks.get(item.parentId());
            Task task = parent == null ? project.addTask() : parent.addTask();
            describe(task, item);
            tasks.put(item.id(), task);
        }
        for (Dependency link : export.links()) {
            tasks.get(link.successorId()).addPredecessor(new Relation.Builder()
                    .predecessorTask(tasks.get(link.predecessorId()))
                    .type(type(link))
                    .lag(Duration.getInstance(link.lagDays(), link.elapsedLag() ? TimeUnit.ELAPSED_DAYS
                            : TimeUnit.DAYS)));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            new MSPDIWriter().write(project, out);
        }
    }

    private static void describe(Task task, WorkItem item) {
        task.setName(item.name());
        task.setGUID(item.id());
        task.setSummary(item.kind() == WorkItemKind.PHASE);
        task.setMilestone(item.isMilestone());
        task.setStart(LocalDateTime.of(item.start(), DAY_START));
        task.setFinish(LocalDateTime.of(item.finish(), item.isMilestone() ? DAY_START : DAY_END));
        task.setDuration(Duration.getInstance(item.durationDays(), TimeUnit.DAYS));
        task.setPercentageComplete(item.percentComplete());
        task.setNotes(item.notes());
        task.setTaskMode(item.manual() ? TaskMode.MANUALLY_SCHEDULED : TaskMode.AUTO_SCHEDULED);
        LocalDate date = item.constraint().date();
        task.setConstraintType(switch (item.constraint().type()) {
            case AS_SOON_AS_POSSIBLE -> ConstraintType.AS_SOON_AS_POSSIBLE;
            case START_NO_EARLIER_THAN -> ConstraintType.START_NO_EARLIER_THAN;
            case START_NO_LATER_THAN -> ConstraintType.START_NO_LATER_THAN;
            case FINISH_NO_EARLIER_THAN -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case FINISH_NO_LATER_THAN -> ConstraintType.FINISH_NO_LATER_THAN;
            case MUST_START_ON -> ConstraintType.MUST_START_ON;
            case MUST_FINISH_ON -> ConstraintType.MUST_FINISH_ON;
        });
        if (date != null) {
            // a finish constraint holds at the end of its day, a start constraint at the beginning
            boolean atFinish = switch (item.constraint().type()) {
                case FINISH_NO_EARLIER_THAN, FINISH_NO_LATER_THAN, MUST_FINISH_ON -> true;
                default -> false;
            };
            task.setConstraintDate(LocalDateTime.of(date, atFinish ? DAY_END : DAY_START));
        }
    }

    private static RelationType type(Dependency link) {
        return switch (link.type()) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
        };
    }
}
