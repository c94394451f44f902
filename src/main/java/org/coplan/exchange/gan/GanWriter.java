package org.coplan.exchange.gan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.Dependency;
import org.coplan.domain.WorkItem;
import org.coplan.service.exports.PlanWriter;
import org.coplan.service.exports.RoadmapExport;

/**
 * Writes GanttProject 3 {@code .gan} files (MPXJ writes none). Tasks nest as the outline does; a link is a
 * {@code <depend>} inside its predecessor naming the successor, with GanttProject's type codes 1=SS 2=FS 3=FF
 * 4=SF and the lag as {@code difference} in days; milestones are {@code meeting="true"}. GanttProject counts
 * every lag in working days, so an elapsed lag is written with its number of days and read back as working.
 * Of the date constraints, GanttProject knows only "start no earlier than"; the others are not written.
 * Each task's {@code uid} is the item's id, so that a later import can recognise the items it already has.
 */
public final class GanWriter implements PlanWriter {

    private static final String GANTTPROJECT_VERSION = "3.3.3309";

    @Override
    public void write(RoadmapExport export, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            try {
                write(export, xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException failure) {
            throw new IOException(failure);
        }
    }

    private static void write(RoadmapExport export, XMLStreamWriter xml) throws XMLStreamException {
        Map<UUID, Integer> numbers = new HashMap<>();
        Map<UUID, List<WorkItem>> children = new HashMap<>();
        List<WorkItem> roots = new ArrayList<>();
        for (WorkItem item : export.items()) {
            numbers.put(item.id(), numbers.size());
            (item.parentId() == null ? roots : children.computeIfAbsent(item.parentId(), id -> new ArrayList<>()))
                    .add(item);
        }
        Map<UUID, List<Dependency>> outgoing = new HashMap<>();
        export.links().forEach(link -> outgoing.computeIfAbsent(link.predecessorId(), id -> new ArrayList<>())
                .add(link));
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("project");
        xml.writeAttribute("name", export.roadmap().name());
        xml.writeAttribute("company", "");
        xml.writeAttribute("webLink", "");
        xml.writeAttribute("version", GANTTPROJECT_VERSION);
        xml.writeAttribute("locale", "en");
        xml.writeStartElement("description");
        xml.writeCharacters(export.roadmap().description() == null ? "" : export.roadmap().description());
        xml.writeEndElement();
        writeCalendar(xml);
        xml.writeStartElement("tasks");
        xml.writeAttribute("empty-milestones", "true");
        for (WorkItem root : roots) {
            writeTask(xml, root, children, outgoing, numbers);
        }
        xml.writeEndElement();
        for (String empty : List.of("resources", "allocations", "vacations", "previous")) {
            xml.writeEmptyElement(empty);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    /** GanttProject's default week: Saturday and Sunday off (1), the others working (0). */
    private static void writeCalendar(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("calendars");
        xml.writeStartElement("day-types");
        xml.writeEmptyElement("day-type");
        xml.writeAttribute("id", "0");
        xml.writeEmptyElement("day-type");
        xml.writeAttribute("id", "1");
        xml.writeEmptyElement("default-week");
        xml.writeAttribute("id", "1");
        xml.writeAttribute("name", "default");
        for (String day : List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat")) {
            xml.writeAttribute(day, day.equals("sun") || day.equals("sat") ? "1" : "0");
        }
        xml.writeEmptyElement("only-show-weekends");
        xml.writeAttribute("value", "false");
        xml.writeEmptyElement("overriden-day-types");
        xml.writeEmptyElement("days");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void writeTask(XMLStreamWriter xml, WorkItem item, Map<UUID, List<WorkItem>> children,
                                  Map<UUID, List<Dependency>> outgoing, Map<UUID, Integer> numbers)
            throws XMLStreamException {
        xml.writeStartElement("task");
        xml.writeAttribute("id", String.valueOf(numbers.get(item.id())));
        xml.writeAttribute("uid", item.id().toString().replace("-", ""));
        xml.writeAttribute("name", item.name());
        xml.writeAttribute("meeting", String.valueOf(item.isMilestone()));
        xml.writeAttribute("start", item.start().toString());
        xml.writeAttribute("duration", String.valueOf(item.durationDays()));
        xml.writeAttribute("complete", String.valueOf(item.percentComplete()));
        // GanttProject's only date constraint is the "earliest begin" (thirdDate): start no earlier than
        if (item.constraint().type() == ConstraintType.START_NO_EARLIER_THAN) {
            xml.writeAttribute("thirdDate", item.constraint().date().toString());
            xml.writeAttribute("thirdDate-constraint", "1");
        }
        xml.writeAttribute("expand", "true");
        if (item.notes() != null) {
            xml.writeStartElement("notes");
            xml.writeCData(item.notes().replace("]]>", "]] >"));
            xml.writeEndElement();
        }
        for (Dependency link : outgoing.getOrDefault(item.id(), List.of())) {
            xml.writeEmptyElement("depend");
            xml.writeAttribute("id", String.valueOf(numbers.get(link.successorId())));
            xml.writeAttribute("type", switch (link.type()) {
                case SS -> "1";
                case FS -> "2";
                case FF -> "3";
                case SF -> "4";
            });
            xml.writeAttribute("difference", String.valueOf(link.lagDays()));
            xml.writeAttribute("hardness", "Strong");
        }
        for (WorkItem child : children.getOrDefault(item.id(), List.of())) {
            writeTask(xml, child, children, outgoing, numbers);
        }
        xml.writeEndElement();
    }
}
