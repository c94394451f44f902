package org.coplan.exchange.mpxj;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.coplan.exchange.imports.PlanFormat;
import org.coplan.l10n.Problem;
import org.coplan.service.imports.ImportRefused;
import org.coplan.service.imports.ImportedPlan;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
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

    /**
     * What MPXJ may spend on one file. A damaged MPP can make it walk a calendar through a duration of
     * millions of years (timephased work of an assignment) for minutes on end; a file that takes longer than
     * this is refused as damaged. Processor time, so a busy machine does not refuse a good file.
     */
    static final Duration READ_LIMIT = Duration.ofSeconds(4);
    private static final Duration WALL_LIMIT = Duration.ofSeconds(60);

    public ImportedPlan read(Path file, PlanFormat format) {
        ProjectFile project = withinLimit(file, () -> switch (format) {
            case MPX -> readMpx(file);
            case MPP -> {
                requirePlausibleSizes(file);
                yield readAny(file);
            }
            default -> readAny(file);
        });
        return new ProjectConversion(project, formatName(format)).plan();
    }

    /**
     * Reads on a thread of its own and gives up when the reading overruns {@link #READ_LIMIT}. MPXJ cannot be
     * stopped midway, so the thread is left to finish on its own (a daemon: it never keeps Coplan from exiting).
     */
    private static ProjectFile withinLimit(Path file, Callable<ProjectFile> read) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicReference<Thread> reader = new AtomicReference<>();
        AtomicLong cpuBefore = new AtomicLong();
        ExecutorService executor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("plan-file-reader").factory());
        try {
            Future<ProjectFile> reading = executor.submit(() -> {
                cpuBefore.set(threads.getCurrentThreadCpuTime());
                reader.set(Thread.currentThread());
                return read.call();
            });
            long started = System.nanoTime();
            while (true) {
                try {
                    return reading.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillReading) {
                    Thread thread = reader.get();
                    long cpu = thread == null ? 0 : threads.getThreadCpuTime(thread.threadId()) - cpuBefore.get();
                    if (cpu > READ_LIMIT.toNanos() || System.nanoTime() - started > WALL_LIMIT.toNanos()) {
                        reading.cancel(true);
                        throw ImportRefused.of("import.error.too-slow", file.getFileName(),
                                READ_LIMIT.toSeconds());
                    }
                }
            }
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            if (failed.getCause() instanceof OutOfMemoryError tooLarge) {
                // one allocation of a size the file declared failed; nothing else holds the memory it asked for
                throw damaged(file, tooLarge);
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw damaged(file, failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw ImportRefused.of("import.error.too-slow", file.getFileName(), READ_LIMIT.toSeconds());
        } finally {
            executor.shutdownNow();
        }
    }

    private static ProjectFile readAny(Path file) {
        ProjectFile project;
        try {
            project = new UniversalProjectReader().read(file.toFile());
        } catch (MPXJException failure) {
            throw refusal(file, failure);
        } catch (RuntimeException | StackOverflowError damaged) {
            throw damaged(file, damaged);
        }
        if (project == null) {
            throw ImportRefused.of("import.error.unknown-format", file.getFileName());
        }
        return project;
    }

    private static ProjectFile readMpx(Path file) {
        List<Locale> locales = new ArrayList<>();
        locales.add(Locale.ENGLISH);
        for (Locale locale : MPXReader.getSupportedLocales()) {
            if (!locales.contains(locale)) {
                locales.add(locale);
            }
        }
        Throwable first = null;
        for (Locale locale : locales) {
            MPXReader reader = new MPXReader();
            reader.setLocale(locale);
            try (InputStream in = Files.newInputStream(file)) {
                return reader.read(in);
            } catch (MPXJException | RuntimeException | StackOverflowError failure) {
                // a number or date in another locale's form may fail either way; the next locale may read it
                first = first == null ? failure : first;
            } catch (IOException unreadable) {
                throw new ImportRefused(Problem.tr("import.error.unreadable", file,
                        String.valueOf(unreadable.getMessage())), unreadable);
            }
        }
        throw first instanceof MPXJException failure ? refusal(file, failure) : damaged(file, first);
    }

    /**
     * An MPP is an OLE2 compound file: MPXJ allocates each stream at the size the file's directory declares
     * before reading it, so a stream that claims more bytes than the whole file would cost that much memory for
     * nothing. Such a file is refused before MPXJ sees it; one POI cannot even open is left to MPXJ to report.
     */
    private static void requirePlausibleSizes(Path file) throws IOException {
        long size = Files.size(file);
        try (POIFSFileSystem compound = new POIFSFileSystem(file.toFile(), true)) {
            requirePlausibleSizes(compound.getRoot(), size, file, 0);
        } catch (IOException | RuntimeException unreadable) {
            // MPXJ opens it next and says what is wrong in its own words
        }
    }

    private static void requirePlausibleSizes(DirectoryEntry directory, long fileSize, Path file, int depth) {
        if (depth > 64) {
            throw ImportRefused.of("import.error.damaged-plan", file.getFileName(), "folders nested too deep");
        }
        for (Entry entry : directory) {
            if (entry instanceof DirectoryEntry inner) {
                requirePlausibleSizes(inner, fileSize, file, depth + 1);
            } else if (entry instanceof DocumentEntry stream && stream.getSize() > fileSize) {
                throw ImportRefused.of("import.error.damaged-plan", file.getFileName(), "stream " + stream.getName()
                        + " declares " + stream.getSize() + " bytes in a file of " + fileSize);
            }
        }
    }

    /**
     * MPXJ reads damaged files with unchecked exceptions (an index out of bounds, a negative array size, a
     * number that is not one, a recursion without end through a corrupt MPP block chain): they all mean the file
     * is damaged, and the user gets that, with the innermost cause as the detail.
     */
    private static ImportRefused damaged(Path file, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String detail = cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse(""));
        return new ImportRefused(Problem.tr("import.error.damaged-plan", file.getFileName(),
                detail.length() > 200 ? detail.substring(0, 200) + "…" : detail), failure);
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
