package org.coplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.coplan.l10n.Messages;
import org.coplan.service.PlanRescheduling;
import org.coplan.service.PlanRescheduling.ProgrammeOutcome;
import org.coplan.service.port.PlanDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code schedule [--roadmap ID] [--json]}: a full scheduling pass over the roadmap's programme (the
 * scheduling scope, as links may cross its roadmaps) or over every programme, storing the shifted dates in
 * one transaction, then the project finish, the critical path's length and the count of critical items.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false)
final class ScheduleCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private CoplanCommand parent;

    @Option(names = "--roadmap", paramLabel = "ID", descriptionKey = "schedule.option.roadmap")
    private UUID roadmapId;

    @Option(names = "--json", descriptionKey = "schedule.option.json")
    private boolean json;

    ScheduleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<ProgrammeOutcome> outcomes;
        try (PlanDatabase database = context.databases().open(parent.databaseFolder())) {
            outcomes = new PlanRescheduling(database).reschedule(roadmapId);
        }
        Totals totals = Totals.of(outcomes);
        if (json) {
            context.out().println(json(totals, outcomes));
        } else {
            printPlain(totals, outcomes);
        }
        context.out().flush();
        return 0;
    }

    /** Over several programmes: the latest finish, the longest critical path, the sums. */
    record Totals(LocalDate projectFinish, int criticalPathDays, int criticalItems, int shiftedItems) {

        static Totals of(List<ProgrammeOutcome> outcomes) {
            LocalDate finish = outcomes.stream().map(ProgrammeOutcome::projectFinish).filter(Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(null);
            return new Totals(finish,
                    outcomes.stream().mapToInt(ProgrammeOutcome::criticalPathDays).max().orElse(0),
                    outcomes.stream().mapToInt(ProgrammeOutcome::criticalItems).sum(),
                    outcomes.stream().mapToInt(ProgrammeOutcome::shiftedItems).sum());
        }
    }

    static String json(Totals totals, List<ProgrammeOutcome> outcomes) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("projectFinish", Objects.toString(totals.projectFinish(), null));
        fields.put("criticalPathDays", totals.criticalPathDays());
        fields.put("criticalItems", totals.criticalItems());
        fields.put("shiftedItems", totals.shiftedItems());
        List<Map<String, Object>> programmes = new ArrayList<>();
        for (ProgrammeOutcome outcome : outcomes) {
            Map<String, Object> programme = new LinkedHashMap<>();
            programme.put("id", outcome.programmeId().toString());
            programme.put("title", outcome.title());
            programme.put("projectFinish", Objects.toString(outcome.projectFinish(), null));
            programme.put("criticalPathDays", outcome.criticalPathDays());
            programme.put("criticalItems", outcome.criticalItems());
            programme.put("shiftedItems", outcome.shiftedItems());
            programmes.add(programme);
        }
        fields.put("programmes", programmes);
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private void printPlain(Totals totals, List<ProgrammeOutcome> outcomes) {
        Messages messages = context.messages();
        for (ProgrammeOutcome outcome : outcomes) {
            context.out().println(messages.tr("cli.schedule.programme", outcome.title(),
                    dateText(outcome.projectFinish()), outcome.criticalPathDays(), outcome.criticalItems(),
                    outcome.shiftedItems()));
        }
        context.out().println(messages.tr("cli.schedule.project-finish", dateText(totals.projectFinish())));
        context.out().println(messages.tr("cli.schedule.critical-path", totals.criticalPathDays()));
        context.out().println(messages.tr("cli.schedule.critical-items", totals.criticalItems()));
        context.out().println(messages.tr("cli.schedule.shifted-items", totals.shiftedItems()));
    }

    private String dateText(LocalDate date) {
        return date == null ? context.messages().tr("cli.schedule.no-items") : date.toString();
    }
}
