package org.coplan.exchange.gan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.coplan.domain.DependencyType;
import org.coplan.domain.LagUnit;
import org.coplan.exchange.imports.SecureXml;
import org.coplan.l10n.Problem;
import org.coplan.service.imports.ImportRefused;
import org.coplan.service.imports.ImportedItem;
import org.coplan.service.imports.ImportedLink;
import org.coplan.service.imports.ImportedPlan;

/**
 * Reads GanttProject {@code .gan} files. Our own reader, because MPXJ 14.3.4 reads {@code <depend>} only on
 * top-level tasks and silently drops the links of nested ones. A {@code <depend id="X">} inside task T makes T
 * the predecessor of X; its {@code difference} is the lag in (working) days.
 */
public final class GanReader {

    private static final String FORMAT_NAME = "GanttProject";

    public ImportedPlan read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SecureXml.inputFactory().createXMLStreamReader(in);
            try {
                return read(xml, file.getFileName());
            } finally {
                xml.close();
            }
        } catch (XMLStreamException corrupt) {
            throw new ImportRefused(Problem.tr("import.error.bad-xml", file.getFileName(),
                    SecureXml.reason(corrupt)), corrupt);
        } catch (IOException unreadable) {
            throw new ImportRefused(Problem.tr("import.error.unreadable", file, unreadable.getMessage()), unreadable);
        }
    }

    private static ImportedPlan read(XMLStreamReader xml, Path name) throws XMLStreamException {
        List<ImportedItem> items = new ArrayList<>();
        List<ImportedLink> links = new ArrayList<>();
        // the open <task> elements, innermost first; a task's notes arrive after its start tag
        Deque<Integer> open = new ArrayDeque<>();
        String title = null;
        GanExtras extras = new GanExtras();
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw ImportRefused.of("import.error.xml-doctype", name);
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("task".equals(xml.getLocalName()) && !open.isEmpty()) {
                    open.pop();
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            switch (xml.getLocalName()) {
                case "project" -> title = depth == 1 ? xml.getAttributeValue(null, "name") : title;
                case "task" -> {
                    String parent = open.isEmpty() ? null : items.get(open.peek()).sourceId();
                    items.add(GanTask.read(xml, parent));
                    open.push(items.size() - 1);
                }
                case "depend" -> {
                    if (!open.isEmpty()) {
                        links.add(link(xml, items.get(open.peek()).sourceId()));
                    }
                }
                case "notes" -> {
                    if (!open.isEmpty()) {
                        int index = open.peek();
                        items.set(index, items.get(index).withNotes(xml.getElementText()));
                        depth--;
                    }
                }
                case "calendars" -> extras.calendarName(xml.getAttributeValue(null, "base-id"));
                case "default-week" -> extras.week(xml);
                case "date" -> extras.holiday(xml);
                case "resource" -> extras.resource(xml);
                case "allocation" -> extras.allocation(xml);
                default -> {
                    // views and columns carry nothing an item keeps
                }
            }
        }
        List<Problem> dropped = new ArrayList<>();
        Map<String, List<String>> resources = extras.resources(dropped);
        return new ImportedPlan(FORMAT_NAME, title, items, links, dropped, extras.calendar(items, dropped),
                List.of(), resources);
    }

    private static ImportedLink link(XMLStreamReader xml, String predecessorId) {
        String successorId = xml.getAttributeValue(null, "id");
        if (successorId == null || successorId.isBlank()) {
            throw ImportRefused.of("import.error.gan-depend-attribute", "id", "", predecessorId);
        }
        DependencyType type = switch (GanTask.dependencyCode(xml, predecessorId)) {
            case 1 -> DependencyType.SS;
            case 3 -> DependencyType.FF;
            case 4 -> DependencyType.SF;
            default -> DependencyType.FS;
        };
        return new ImportedLink(predecessorId, successorId.strip(), type, GanTask.lag(xml, predecessorId),
                LagUnit.WORKING);
    }
}
