package org.coplan.exchange.gan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamReader;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.ItemConstraint;
import org.coplan.service.imports.ImportRefused;
import org.coplan.service.imports.ImportedItem;

/**
 * The attributes of one {@code <task>} element, checked one by one so that a corrupt file is refused with the
 * attribute, its value and the task named (GanttProject's own test file has {@code duration="ARTIFICIALERROR"}).
 */
final class GanTask {

    private final XMLStreamReader xml;
    private final String id;
    private final String name;

    private GanTask(XMLStreamReader xml) {
        this.xml = xml;
        this.id = xml.getAttributeValue(null, "id");
        this.name = xml.getAttributeValue(null, "name");
        if (id == null || id.isBlank()) {
            throw ImportRefused.of("import.error.gan-task-without-id", name == null ? "" : name);
        }
    }

    /** The item the element at the reader's position describes; its notes are added when they are read. */
    static ImportedItem read(XMLStreamReader xml, String parentId) {
        GanTask task = new GanTask(xml);
        int duration = task.integer("duration", 0);
        boolean milestone = task.flag("meeting");
        LocalDate start = task.date("start");
        ItemConstraint constraint = ItemConstraint.NONE;
        // thirdDate is GanttProject's "earliest begin"; thirdDate-constraint="1" switches it on
        if (task.integer("thirdDate-constraint", 0) == 1 && xml.getAttributeValue(null, "thirdDate") != null) {
            constraint = new ItemConstraint(ConstraintType.START_NO_EARLIER_THAN, task.date("thirdDate"));
        }
        return new ImportedItem(task.id, parentId, task.name, milestone, start, null, milestone ? 0 : duration,
                task.integer("complete", 0), constraint, null, false, task.text("uid"));
    }

    private String text(String attribute) {
        return xml.getAttributeValue(null, attribute);
    }

    private int integer(String attribute, int absent) {
        String value = text(attribute);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException corrupt) {
            throw corrupt(attribute, value);
        }
    }

    private boolean flag(String attribute) {
        String value = text(attribute);
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw corrupt(attribute, value);
    }

    private LocalDate date(String attribute) {
        String value = text(attribute);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException corrupt) {
            throw corrupt(attribute, value);
        }
    }

    private ImportRefused corrupt(String attribute, String value) {
        return ImportRefused.of("import.error.gan-attribute", attribute, value, id, name == null ? "" : name);
    }

    /** The type of a {@code <depend>}: 1=SS, 2=FS, 3=FF, 4=SF, as GanttProject writes them. */
    static int dependencyCode(XMLStreamReader xml, String taskId) {
        String value = xml.getAttributeValue(null, "type");
        try {
            int code = value == null ? 2 : Integer.parseInt(value.strip());
            if (code >= 1 && code <= 4) {
                return code;
            }
        } catch (NumberFormatException corrupt) {
            // refused below with the attribute named
        }
        throw ImportRefused.of("import.error.gan-depend-attribute", "type", value, taskId);
    }

    static int lag(XMLStreamReader xml, String taskId) {
        String value = xml.getAttributeValue(null, "difference");
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException corrupt) {
            throw ImportRefused.of("import.error.gan-depend-attribute", "difference", value, taskId);
        }
    }
}
