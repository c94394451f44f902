package org.coplan.cli;

import java.io.PrintWriter;
import java.util.List;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.l10n.Messages;
import org.coplan.service.port.DatabaseUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into exactly one line on standard error and an exit code: {@value #BAD_INPUT} for
 * input Coplan refuses (unknown options, impossible numbers, a database that is locked or unusable),
 * {@value #FAILED} for anything unexpected. Stack traces only with {@code --verbose}.
 */
final class FailureHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int FAILED = 1;

    private final Messages messages;

    FailureHandler(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        String line = switch (failure) {
            case CommandLine.UnmatchedArgumentException unmatched ->
                    messages.tr("cli.error.unknown-argument", String.join(" ", unmatched.getUnmatched()));
            case CommandLine.MissingParameterException missing -> messages.tr("cli.error.missing-parameter",
                    String.join(", ", missing.getMissing().stream().map(FailureHandler::label).toList()));
            default -> messages.tr("cli.error.bad-input", firstLine(failure.getMessage()));
        };
        PrintWriter err = failure.getCommandLine().getErr();
        err.println(line);
        err.flush();
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code;
        switch (failure) {
            case PlanRuleViolation refused -> {
                err.println(firstLine(messages.text(refused.problem())));
                code = BAD_INPUT;
            }
            case DatabaseUnavailableException unavailable -> {
                err.println(firstLine(messages.text(unavailable.problem())));
                code = BAD_INPUT;
            }
            default -> {
                err.println(messages.tr("cli.error.unexpected", firstLine(String.valueOf(failure))));
                code = FAILED;
            }
        }
        if (verbose(commandLine)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static boolean verbose(CommandLine commandLine) {
        CommandLine top = commandLine;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top.getCommand() instanceof CoplanCommand coplan && coplan.verbose();
    }

    private static String label(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec option ? option.longestName() + " " + option.paramLabel()
                : spec.paramLabel();
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.getFirst();
    }
}
