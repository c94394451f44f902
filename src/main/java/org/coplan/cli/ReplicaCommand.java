package org.coplan.cli;

import picocli.CommandLine.Command;

/** {@code replica COMMAND}: this database as one copy of a plan among others. */
@Command(name = "replica", mixinStandardHelpOptions = true)
final class ReplicaCommand extends GroupCommand {
}
