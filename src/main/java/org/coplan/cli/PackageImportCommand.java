package org.coplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coplan.domain.Ids;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.exchange.ImportReport;
import org.coplan.exchange.PackageSigner;
import org.coplan.service.backup.BackupPolicy;
import org.coplan.exchange.PackageReader;
import org.coplan.exchange.PackageRefusedException;
import org.coplan.exchange.SignedPackage;
import org.coplan.exchange.TrustedImport;
import org.coplan.l10n.Messages;
import org.coplan.service.PlanRescheduling;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.sync.SyncConflict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code package import FILE [--dry-run] [--json] [--accept-new-key]}: merges a signed package's changes and
 * says who signed it (known key, new key, or a changed key, which refuses the package unless accepted). A
 * refused package exits with {@value FailureHandler#BAD_INPUT} and one line on standard error; the database is
 * left as it was.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class PackageImportCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "package.import.file")
    private Path file;

    @Option(names = "--dry-run", descriptionKey = "package.import.option.dry-run")
    private boolean dryRun;

    @Option(names = "--json", descriptionKey = "package.import.option.json")
    private boolean json;

    @Option(names = "--accept-new-key", descriptionKey = "package.import.option.accept-new-key")
    private boolean acceptNewKey;

    PackageImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        TrustedImport.Outcome outcome;
        try {
            // read and checked before the database is even opened: a refused file never gets near it
            SignedPackage plan = PackageReader.readSigned(file);
            try (PlanDatabase database = context.databases().open(ReplicaDatabases.folder(spec, context))) {
                if (!dryRun) {
                    new BackupPolicy(database, Clock.systemUTC()).beforeImport();
                }
                outcome = new TrustedImport(ReplicaDatabases.replica(database), Ids::newId).apply(plan, dryRun,
                        acceptNewKey);
                if (!dryRun && outcome.report().applied() > 0) {
                    reschedule(database);
                }
            }
        } catch (PackageRefusedException refused) {
            context.err().println(FailureHandler.firstLine(context.messages().text(refused.problem())));
            context.err().flush();
            return FailureHandler.BAD_INPUT;
        }
        if (json) {
            context.out().println(json(outcome.signer(), outcome.report()));
        } else {
            printPlain(outcome.signer(), outcome.report());
        }
        context.out().flush();
        return 0;
    }

    /**
     * Dates are derived (ADR 0008): the merged durations, links and constraints decide them, alike on every
     * replica that holds the same changes. The import stands even when the plan cannot be rescheduled.
     */
    private void reschedule(PlanDatabase database) {
        try {
            new PlanRescheduling(database).reschedule(null);
        } catch (PlanRuleViolation unschedulable) {
            context.err().println(context.messages().tr("cli.package.import.not-rescheduled",
                    context.messages().text(unschedulable.problem())));
            context.err().flush();
        }
    }

    static String json(PackageSigner signer, ImportReport report) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sender", report.sender().id().toString());
        fields.put("senderName", report.sender().name());
        Map<String, Object> signature = new LinkedHashMap<>();
        signature.put("key", switch (signer.status()) {
            case KNOWN -> "known";
            case NEW -> "new";
            case CHANGED -> "changed";
        });
        signature.put("fingerprint", signer.fingerprint());
        signature.put("previousFingerprint", signer.previousFingerprint());
        fields.put("signedBy", signature);
        fields.put("full", report.full());
        fields.put("dryRun", report.dryRun());
        fields.put("received", report.received());
        fields.put("duplicates", report.duplicates());
        fields.put("applied", report.applied());
        fields.put("inserted", report.inserted());
        fields.put("updated", report.updated());
        fields.put("deleted", report.deleted());
        fields.put("waiting", report.waiting());
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (SyncConflict conflict : report.conflicts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("entityType", conflict.entityType());
            entry.put("entityId", conflict.entityId().toString());
            entry.put("field", conflict.field());
            entry.put("losingValue", conflict.loserValue());
            conflicts.add(entry);
        }
        fields.put("conflicts", conflicts);
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private void printPlain(PackageSigner signer, ImportReport report) {
        Messages messages = context.messages();
        context.out().println(messages.tr(report.dryRun() ? "cli.package.import.dry-run" : "cli.package.import.done",
                report.sender().name(), report.received(), report.duplicates()));
        context.out().println(switch (signer.status()) {
            case KNOWN -> messages.tr("cli.package.import.signed.known", signer.name(), signer.fingerprint());
            case NEW -> messages.tr("cli.package.import.signed.new", signer.name(), signer.fingerprint());
            case CHANGED -> messages.tr("cli.package.import.signed.changed", signer.name(), signer.fingerprint(),
                    signer.previousFingerprint());
        });
        context.out().println(messages.tr("cli.package.import.rows", report.inserted(), report.updated(),
                report.deleted()));
        if (report.waiting() > 0) {
            context.out().println(messages.tr("cli.package.import.waiting", report.waiting()));
        }
        context.out().println(messages.tr("cli.package.import.conflicts", report.conflicts().size()));
        for (SyncConflict conflict : report.conflicts()) {
            context.out().println(messages.tr("cli.package.import.conflict", conflict.entityType(),
                    conflict.entityId(), conflict.field(), String.valueOf(conflict.loserValue())));
        }
    }
}
