package org.coplan.exchange.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.coplan.exchange.csv.CsvColumns;
import org.coplan.l10n.Problem;
import org.coplan.service.imports.ImportRefused;

/**
 * Finds a plan file's format from its first bytes, whatever its name says: MPP is an OLE2 compound file, MPX a
 * text file whose first record starts with {@code MPX}, the XML formats differ by their root element (MSPDI's
 * {@code Project} in Microsoft's namespace, Planner's {@code project} with {@code mrproject-version},
 * GanttProject's {@code project}), and CSV is text whose header names Coplan's columns.
 */
public final class FormatDetector {

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final String MSPDI_NAMESPACE = "http://schemas.microsoft.com/project";

    /**
     * @throws ImportRefused for a file that cannot be read or is none of the formats Coplan knows
     */
    public PlanFormat detect(Path file) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw ImportRefused.of("import.error.empty-file", file.getFileName());
        }
        if (startsWith(head, OLE2)) {
            return PlanFormat.MPP;
        }
        if (startsWith(head, UTF16_LE_BOM) || startsWith(head, UTF16_BE_BOM)) {
            // XML says its encoding itself; any other text must be UTF-8 (spreadsheets offer "CSV UTF-8")
            String start = new String(head, startsWith(head, UTF16_LE_BOM) ? StandardCharsets.UTF_16LE
                    : StandardCharsets.UTF_16BE).substring(1).stripLeading();
            if (start.startsWith("<")) {
                return xmlFormat(file, head);
            }
            throw ImportRefused.of("import.error.utf16", file.getFileName());
        }
        byte[] text = startsWith(head, UTF8_BOM) ? Arrays.copyOfRange(head, UTF8_BOM.length, head.length) : head;
        String start = new String(text, 0, Math.min(text.length, 512), StandardCharsets.ISO_8859_1).stripLeading();
        if (start.startsWith("MPX")) {
            return PlanFormat.MPX;
        }
        if (start.startsWith("<")) {
            return xmlFormat(file, head);
        }
        if (CsvColumns.looksLikeHeader(new String(text, StandardCharsets.UTF_8).lines().findFirst().orElse(""))) {
            return PlanFormat.CSV;
        }
        throw ImportRefused.of("import.error.unknown-format", file.getFileName());
    }

    private static PlanFormat xmlFormat(Path file, byte[] head) {
        try (InputStream in = new ByteArrayInputStream(head)) {
            XMLStreamReader xml = SecureXml.inputFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw ImportRefused.of("import.error.xml-doctype", file.getFileName());
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return rootFormat(file, xml);
                }
            }
        } catch (XMLStreamException corrupt) {
            throw new ImportRefused(Problem.tr("import.error.bad-xml", file.getFileName(), SecureXml.reason(corrupt)),
                    corrupt);
        } catch (IOException unreadable) {
            throw new ImportRefused(Problem.tr("import.error.unreadable", file, unreadable.getMessage()), unreadable);
        }
        throw ImportRefused.of("import.error.unknown-format", file.getFileName());
    }

    private static PlanFormat rootFormat(Path file, XMLStreamReader root) {
        String name = root.getLocalName();
        if ("Project".equals(name) && MSPDI_NAMESPACE.equals(root.getNamespaceURI())) {
            return PlanFormat.MSPDI;
        }
        if ("project".equals(name)) {
            return root.getAttributeValue(null, "mrproject-version") != null ? PlanFormat.PLANNER
                    : PlanFormat.GANTTPROJECT;
        }
        throw ImportRefused.of("import.error.unknown-xml", file.getFileName(), name);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException unreadable) {
            throw new ImportRefused(Problem.tr("import.error.unreadable", file, unreadable.getMessage()), unreadable);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
