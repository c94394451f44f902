package org.coplan.exchange.imports;

import java.nio.file.Path;
import org.coplan.exchange.csv.CsvPlanReader;
import org.coplan.exchange.gan.GanReader;
import org.coplan.exchange.mpxj.MpxjPlanReader;
import org.coplan.service.imports.ImportedPlan;
import org.coplan.service.imports.PlanReader;

/**
 * Reads a plan file of any supported format: finds the format from the content, then hands the file to the
 * reader for it (MPXJ for MS Project, MPX and Planner; our own for GanttProject and CSV).
 */
public final class PlanFiles implements PlanReader {

    private final FormatDetector detector = new FormatDetector();

    @Override
    public ImportedPlan read(Path file) {
        PlanFormat format = detector.detect(file);
        return switch (format) {
            case GANTTPROJECT -> new GanReader().read(file);
            case CSV -> new CsvPlanReader().read(file);
            case MSPDI, MPP, MPX, PLANNER -> new MpxjPlanReader().read(file, format);
        };
    }
}
