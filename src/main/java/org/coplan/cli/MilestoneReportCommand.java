package org.coplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.report.CsvMilestoneReport;
import org.coplan.report.GroupBy;
import org.coplan.report.MilestoneReport;
import org.coplan.report.MilestoneReportOptions;
import org.coplan.report.MilestoneReports;
import org.coplan.report.PageSetup;
import org.coplan.report.PdfMilestoneReport;
import org.coplan.report.ReportLanguage;
import org.coplan.report.ReportPeriod;
import org.coplan.report.StatusRules;
import org.coplan.service.port.PlanDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report milestones [--programme ID]… --from DATE --to DATE [--group-by state|area|programme]
 * [--baseline NAME] [--lang en|ru] -o FILE.pdf|FILE.csv}: the milestone summary, written without a display.
 * The file's extension chooses PDF or CSV.
 */
@Command(name = "milestones", mixinStandardHelpOptions = true, sortOptions = false)
final class MilestoneReportCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--programme", paramLabel = "ID", descriptionKey = "report-command.milestones.option.programme")
    private List<UUID> programmes = List.of();

    @Option(names = "--roadmap", paramLabel = "ID", descriptionKey = "report-command.milestones.option.roadmap")
    private List<UUID> roadmaps = List.of();

    @Option(names = "--from", paramLabel = "DATE", required = true, descriptionKey = "report-command.milestones.option.from")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", required = true, descriptionKey = "report-command.milestones.option.to")
    private LocalDate to;

    @Option(names = "--group-by", paramLabel = "GROUP", defaultValue = "state",
            descriptionKey = "report-command.milestones.option.group-by")
    private GroupBy groupBy;

    @Option(names = "--baseline", paramLabel = "NAME", descriptionKey = "report-command.milestones.option.baseline")
    private String baseline;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "report-command.milestones.option.lang")
    private ReportLanguage language;

    @Option(names = "--status-date", paramLabel = "DATE", descriptionKey = "report-command.milestones.option.status-date")
    private LocalDate statusDate;

    @Option(names = "--at-risk", paramLabel = "DAYS", descriptionKey = "report-command.milestones.option.at-risk")
    private int atRiskDays = StatusRules.DEFAULT_AT_RISK_SLACK_DAYS;

    @Option(names = "--exclude-completed", descriptionKey = "report-command.milestones.option.exclude-completed")
    private boolean excludeCompleted;

    @Option(names = "--prepared-by", paramLabel = "NAME", descriptionKey = "report-command.milestones.option.prepared-by")
    private String preparedBy = "";

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "a4",
            descriptionKey = "report-command.milestones.option.paper")
    private PageSetup.Paper paper;

    @Option(names = "--landscape", descriptionKey = "report-command.milestones.option.landscape")
    private boolean landscape;

    @Option(names = "--margin", paramLabel = "MM", defaultValue = "15", descriptionKey = "report-command.milestones.option.margin")
    private double marginMm;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            descriptionKey = "report-command.milestones.option.output")
    private Path output;

    MilestoneReportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw PlanRuleViolation.of("cli.report.error.period", from, to);
        }
        if (atRiskDays < 0) {
            throw PlanRuleViolation.of("cli.report.error.at-risk", atRiskDays);
        }
        if (marginMm < PageSetup.MIN_MARGIN_MM || marginMm > PageSetup.MAX_MARGIN_MM) {
            throw PlanRuleViolation.of("cli.report.error.margin", marginMm, PageSetup.MIN_MARGIN_MM,
                    PageSetup.MAX_MARGIN_MM);
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".pdf")) {
            throw PlanRuleViolation.of("cli.report.error.extension", output);
        }
        ReportPeriod period = new ReportPeriod(from, to);
        MilestoneReportOptions options = new MilestoneReportOptions(Set.copyOf(programmes), Set.copyOf(roadmaps),
                period.kind(), period, groupBy, baseline, !excludeCompleted,
                language != null ? language : ReportLanguage.of(context.messages().locale()), atRiskDays,
                statusDate != null ? statusDate : LocalDate.now(), preparedBy,
                new PageSetup(paper, landscape, marginMm));
        MilestoneReport report;
        try (PlanDatabase database = context.databases().open(ReplicaDatabases.folder(spec, context))) {
            report = new MilestoneReports(database).build(options);
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            if (csv) {
                new CsvMilestoneReport(report).write(out);
            } else {
                new PdfMilestoneReport(report, LocalDate.now()).write(out);
            }
        } catch (IOException failure) {
            throw PlanRuleViolation.of("cli.report.error.write", output, String.valueOf(failure.getMessage()));
        }
        context.out().println(context.messages().tr("cli.report.milestones.done", report.rows().size(),
                report.groups().size(), output));
        context.out().flush();
        return 0;
    }
}
