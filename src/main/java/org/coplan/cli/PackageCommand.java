package org.coplan.cli;

import picocli.CommandLine.Command;

/** {@code package COMMAND}: plan packages, the files replicas exchange their changes by. */
@Command(name = "package", mixinStandardHelpOptions = true)
final class PackageCommand extends GroupCommand {
}
