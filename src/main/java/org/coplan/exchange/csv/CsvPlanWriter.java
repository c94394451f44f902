package org.coplan.exchange.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coplan.domain.PredecessorText;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.service.exports.PlanWriter;
import org.coplan.service.exports.RoadmapExport;

/**
 * Writes a roadmap as Coplan CSV (see {@link CsvColumns}): one row per item in outline order, UTF-8, commas,
 * cells quoted where they hold a comma, a quote or a line break. Excel reads UTF-8 only after a byte-order mark,
 * so one can be asked for; {@link CsvPlanReader} reads the file back either way.
 */
public final class CsvPlanWriter implements PlanWriter {

    private final boolean byteOrderMark;

    public CsvPlanWriter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    @Override
    public void write(RoadmapExport export, Path file) throws IOException {
        RoadmapPlan plan = new RoadmapPlan(export.roadmap(), export.items(), export.links());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (byteOrderMark) {
                out.write('\uFEFF');
            }
            writeRow(out, Arrays.stream(CsvColumns.values()).map(CsvColumns::header).toList());
            for (WorkItem item : plan.outline()) {
                List<String> cells = new ArrayList<>();
                for (CsvColumns column : CsvColumns.values()) {
                    cells.add(cell(column, item, plan));
                }
                writeRow(out, cells);
            }
        }
    }

    private static String cell(CsvColumns column, WorkItem item, RoadmapPlan plan) {
        return switch (column) {
            case WBS -> plan.wbs(item.id());
            case NAME -> item.name();
            case KIND -> switch (item.kind()) {
                case PHASE -> "phase";
                case ACTIVITY -> "activity";
                case MILESTONE -> "milestone";
            };
            case START -> item.start().toString();
            case FINISH -> item.finish().toString();
            case DURATION -> String.valueOf(item.durationDays());
            case COMPLETE -> String.valueOf(item.percentComplete());
            case PREDECESSORS -> PredecessorText.format(plan, item.id());
            case NOTES -> item.notes() == null ? "" : item.notes();
        };
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells.get(i);
            boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0;
            out.write(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.write("\r\n");
    }
}
