package org.coplan.cli;

import picocli.CommandLine.Command;

/** {@code conflicts COMMAND}: edits of one field made on two replicas without knowledge of each other. */
@Command(name = "conflicts", mixinStandardHelpOptions = true)
final class ConflictsCommand extends GroupCommand {
}
