package org.coplan;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coplan.cli.DesktopLauncher;
import org.coplan.cli.DesktopStart;
import org.coplan.l10n.Messages;
import org.coplan.service.port.PlanDatabase;
import org.coplan.ui.CoplanApplication;
import org.coplan.ui.instance.InstanceListener;
import org.coplan.ui.instance.InstanceMailbox;
import org.coplan.ui.instance.InstanceRequest;
import org.coplan.ui.instance.SingleInstance;

/**
 * Opens the window for {@code coplan [FILE]}: hands the request to the Coplan already open on the same plan
 * database when there is one (a double-clicked package then opens in that window), otherwise starts the
 * window itself and listens for later requests. {@code --smoke} opens the window on a temporary database
 * instead and reports whether it painted.
 */
final class DesktopStarter implements DesktopLauncher {

    private static final System.Logger LOG = System.getLogger(DesktopStarter.class.getName());
    /** How long a second Coplan waits for the first one, which may be starting at the same moment. */
    private static final Duration FORWARD_PATIENCE = Duration.ofSeconds(20);

    private final Messages messages;
    private final PrintWriter out;
    private final Function<Path, PlanDatabase> opener;

    DesktopStarter(Messages messages, PrintWriter out, Function<Path, PlanDatabase> opener) {
        this.messages = messages;
        this.out = out;
        this.opener = opener;
    }

    @Override
    public int launch(Path databaseFolder, boolean folderGiven) {
        return launch(new DesktopStart(databaseFolder, folderGiven, Optional.empty(), false));
    }

    @Override
    public int launch(DesktopStart start) {
        return start.smoke() ? smoke() : window(start);
    }

    private int window(DesktopStart start) {
        Path folder = start.databaseFolder();
        InstanceRequest request = start.packageFile().map(InstanceRequest::open).orElse(InstanceRequest.activate());
        InstanceMailbox mailbox = new InstanceMailbox();
        SingleInstance instance = new SingleInstance(folder);
        Optional<InstanceListener> listener;
        try {
            listener = instance.claim(mailbox);
            if (listener.isEmpty() && instance.forward(request, FORWARD_PATIENCE)) {
                out.println(start.packageFile()
                        .map(file -> messages.tr("cli.open.forwarded-file", file.getFileName(), folder))
                        .orElseGet(() -> messages.tr("cli.open.forwarded", folder)));
                out.flush();
                return 0;
            }
        } catch (IOException | UncheckedIOException noLock) {
            // without the lock Coplan still works as before: a second window is refused by the database
            LOG.log(Level.WARNING, "Could not claim " + folder + " for this Coplan", noLock);
            listener = Optional.empty();
        }
        // no running Coplan took it (or it did not answer): this one opens the window and the package
        start.packageFile().ifPresent(file -> mailbox.post(InstanceRequest.open(file)));
        try {
            return CoplanApplication.launch(new LaunchSettings(folder, start.folderGiven(),
                    () -> opener.apply(folder), messages, mailbox, Optional.empty()));
        } finally {
            listener.ifPresent(InstanceListener::close);
        }
    }

    private int smoke() {
        Path folder;
        try {
            folder = Files.createTempDirectory("coplan-smoke-");
        } catch (IOException noTemp) {
            out.println(messages.tr("ui.smoke.failed", "-", noTemp.getMessage()));
            out.flush();
            return 1;
        }
        try {
            return CoplanApplication.launch(new LaunchSettings(folder, true, () -> opener.apply(folder), messages,
                    new InstanceMailbox(), Optional.of(line -> {
                        out.println(line);
                        out.flush();
                    })));
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException leftBehind) {
                    // the system's temporary folder is cleaned up anyway
                }
            });
        } catch (IOException | UncheckedIOException leftBehind) {
            LOG.log(Level.DEBUG, "Smoke-test database left in " + folder, leftBehind);
        }
    }
}
