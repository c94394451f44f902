package org.coplan.exchange.mpxj;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coplan.exchange.imports.PlanFormat;
import org.coplan.l10n.Problem;
import org.coplan.service.imports.ImportRefused;
import org.coplan.service.imports.ImportedPlan;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.mpx.MPXReader;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads MSPDI, MPP, MPX and Planner files with MPXJ, which reads them well. MPX is the exception that needs
 * help: its numbers, dates and day names follow the settings of the Windows that wrote it, and MPXJ reads a
 * German file only when told the locale; so MPX is tried with English first, then with every locale MPXJ
 * knows, and the first that reads the whole file wins.
 */
public final class MpxjPlanReader {

    public ImportedPlan read(Path file, PlanFormat format) {
        ProjectFile project = format == PlanFormat.MPX ? readMpx(file) : readAny(file);
        return new ProjectConversion(project, formatName(format)).plan();
    }

    private static ProjectFile readAny(Path file) {
        try {
            ProjectFile project = new UniversalProjectReader().read(file.toFile());
            if (project == null) {
                throw ImportRefused.of("import.error.unknown-format", file.getFileName());
            }
            return project;
        } catch (MPXJException failure) {
            throw refusal(file, failure);
        }
    }

    private static ProjectFile readMpx(Path file) {
        List<Locale> locales = new ArrayList<>();
        locales.add(Locale.ENGLISH);
        for (Locale locale : MPXReader.getSupportedLocales()) {
            if (!locales.contains(locale)) {
                locales.add(locale);
            }
        }
        MPXJException first = null;
        for (Locale locale : locales) {
            MPXReader reader = new MPXReader();
            reader.setLocale(locale);
            try (InputStream in = Files.newInputStream(file)) {
                return reader.read(in);
            } catch (MPXJException failure) {
                first = first == null ? failure : first;
            } catch (IOException unreadable) {
                throw new ImportRefused(Problem.tr("import.error.unreadable", file, unreadable.getMessage()),
                        unreadable);
            }
        }
        throw refusal(file, first);
    }

    private static ImportRefused refusal(Path file, MPXJException failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.equals(MPXJException.PASSWORD_PROTECTED)
                || message.equals(MPXJException.PASSWORD_PROTECTED_ENTER_PASSWORD)) {
            return new ImportRefused(Problem.tr("import.error.password-protected", file.getFileName()), failure);
        }
        return new ImportRefused(Problem.tr("import.error.unreadable-plan", file.getFileName(),
                message.lines().findFirst().orElse("")), failure);
    }

    private static String formatName(PlanFormat format) {
        return switch (format) {
            case MSPDI -> "MS Project XML";
            case MPP -> "MS Project";
            case MPX -> "MPX";
            case PLANNER -> "Planner";
            case GANTTPROJECT -> "GanttProject";
            case CSV -> "CSV";
        };
    }
}
