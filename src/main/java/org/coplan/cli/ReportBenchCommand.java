package org.coplan.cli;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.report.MilestoneReport;
import org.coplan.report.PdfMilestoneReport;
import org.coplan.report.ReportLanguage;
import org.coplan.report.SyntheticReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench report --milestones N [--lang en|ru] [--runs R]}: times writing a milestone report of N made-up
 * milestones as PDF (fonts loaded, laid out, subset and saved): the first run, as the command line makes a
 * report, then the median and slowest of the runs after it, as a user's next report in the window; the pages
 * and the size.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportBenchCommand implements Callable<Integer> {

    static final int MAX_MILESTONES = 200_000;

    private final CliContext context;

    @Option(names = "--milestones", paramLabel = "N", defaultValue = "2000",
            descriptionKey = "bench.report.option.milestones")
    private int milestones;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", descriptionKey = "bench.report.option.lang")
    private ReportLanguage language;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3", descriptionKey = "bench.report.option.runs")
    private int runs;

    ReportBenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (milestones < 1 || milestones > MAX_MILESTONES) {
            throw PlanRuleViolation.of("error.bench-milestones-range", milestones, MAX_MILESTONES);
        }
        if (runs < 1 || runs > 100) {
            throw PlanRuleViolation.of("error.bench-runs-range", runs, 100);
        }
        MilestoneReport report = SyntheticReport.of(milestones, 1, language);
        LocalDate today = LocalDate.of(2026, 9, 1);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        long coldStart = System.nanoTime();
        new PdfMilestoneReport(report, today).write(pdf);
        double cold = (System.nanoTime() - coldStart) / 1_000_000.0;
        double[] times = new double[runs];
        double[] cpu = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int pages = 0;
        for (int run = 0; run < runs; run++) {
            pdf = new ByteArrayOutputStream();
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            pages = new PdfMilestoneReport(report, today).write(pdf);
            times[run] = (System.nanoTime() - started) / 1_000_000.0;
            cpu[run] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000.0;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        context.out().println(context.messages().tr("cli.bench.report.result", milestones,
                String.format(Locale.ROOT, "%.0f", cold),
                String.format(Locale.ROOT, "%.0f", times[runs / 2]), String.format(Locale.ROOT, "%.0f", times[runs - 1]),
                String.format(Locale.ROOT, "%.0f", cpu[runs / 2]), pages, pdf.size() / 1024));
        context.out().flush();
        return 0;
    }
}
