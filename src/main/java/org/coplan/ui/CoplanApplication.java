package org.coplan.ui;

import org.coplan.domain.PlanRuleViolation;
import org.coplan.service.PlanRescheduling;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.coplan.LaunchSettings;
import org.coplan.l10n.Messages;
import org.coplan.l10n.UiLanguage;
import org.coplan.l10n.Problem;
import org.coplan.service.backup.BackupPolicy;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.SyncDatabase;
import org.coplan.ui.common.ErrorDialogs;
import org.coplan.ui.common.FxTaskRunner;
import org.coplan.ui.common.Stylesheets;
import org.coplan.ui.instance.InstanceRequest;
import org.coplan.ui.main.MainWindow;
import org.coplan.ui.main.Startup;
import org.coplan.ui.main.WindowState;
import org.coplan.ui.packages.PackageImportDialog;
import org.coplan.ui.packages.PackageImportViewModel;
import org.coplan.ui.roadmap.ChartStart;
import org.coplan.ui.smoke.PaintCheck;

/**
 * The JavaFX application: shows the window at once, opens the plan database behind a short "opening"
 * screen, then puts the main window together. A database that cannot be opened (typically because another
 * Coplan has it open) is a plain message and exit code 2. On closing, the window's state is written beside
 * the database, then the workers stop and the database closes.
 *
 * <p>Not the jar's Main-Class: JavaFX refuses to start an {@code Application} subclass as the main class
 * from the class path, so {@code org.coplan.Coplan} calls {@link #launch(LaunchSettings)}.
 */
public final class CoplanApplication extends Application {

    /** The property that overrides the system language of the window, e.g. {@code -Dcoplan.language=ru}. */
    public static final String LANGUAGE_PROPERTY = "coplan.language";

    private static final System.Logger LOG = System.getLogger(CoplanApplication.class.getName());
    private static final int EXIT_FAILED = 1;
    private static final int EXIT_DATABASE_UNAVAILABLE = 2;
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** How long {@code --smoke} waits for the window to paint; generous, for a loaded build machine. */
    private static final Duration SMOKE_PATIENCE = Duration.ofSeconds(90);

    /**
     * JavaFX creates the application object itself, by reflection, and passes it nothing but strings, so
     * this field carries the settings across {@link Application#launch}. It is set once, just before the
     * launch, and read once in {@link #init()}: the one static mutable field Coplan permits itself.
     */
    private static volatile Handover handover;

    private record Handover(LaunchSettings settings, AtomicInteger exitCode) {
    }

    private LaunchSettings settings;
    private AtomicInteger exitCode;
    private Messages messages;
    private FxTaskRunner tasks;
    private ErrorDialogs dialogs;
    private Stage stage;
    private Path stateFile;
    private WindowState windowState;
    private Rectangle2D restoredBounds;
    private PlanDatabase database;
    private MainWindow mainWindow;
    private List<Image> icons;

    /**
     * Opens the window and returns when it has been closed.
     *
     * @return the exit code: 0, or 2 when the database could not be opened
     */
    public static int launch(LaunchSettings settings) {
        Handover given = new Handover(Objects.requireNonNull(settings, "settings"), new AtomicInteger());
        handover = given;
        Application.launch(CoplanApplication.class);
        return given.exitCode().get();
    }

    @Override
    public void init() {
        Handover given = Objects.requireNonNull(handover, "CoplanApplication is started through launch(settings)");
        handover = null;
        settings = given.settings();
        exitCode = given.exitCode();
        messages = chooseMessages(settings.messages());
        tasks = new FxTaskRunner();
        dialogs = new ErrorDialogs(messages);
        stateFile = WindowState.fileIn(settings.databaseFolder());
    }

    /** The system language unless {@value #LANGUAGE_PROPERTY} names another one. */
    private static Messages chooseMessages(Messages systemLanguage) {
        String override = System.getProperty(LANGUAGE_PROPERTY);
        if (override == null || override.isBlank()) {
            return systemLanguage;
        }
        Locale chosen = UiLanguage.forTag(override.strip()).locale();
        // JavaFX's own controls (the date picker's month names) follow the default locale
        Locale.setDefault(Locale.Category.DISPLAY, chosen);
        Locale.setDefault(Locale.Category.FORMAT, chosen);
        return Messages.forLocale(chosen);
    }

    @Override
    public void start(Stage primaryStage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = primaryStage;
        icons = ICON_SIZES.stream().map(CoplanApplication::icon).toList();
        stage.getIcons().setAll(icons);
        stage.setTitle(messages.tr("ui.main.title.none"));
        windowState = WindowState.load(stateFile);
        Scene scene = new Scene(openingScreen(), windowState.width(), windowState.height());
        Stylesheets.applyTo(scene);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        place(stage, windowState);
        stage.show();
        tasks.run(new Startup(settings.openDatabase(), messages)::run, this::started, this::startFailed);
    }

    private VBox openingScreen() {
        ImageView logo = new ImageView(icon(64));
        Label text = new Label(messages.tr("ui.startup.opening", settings.databaseFolder()));
        text.getStyleClass().add("opening-text");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(28, 28);
        VBox screen = new VBox(16, logo, text, progress);
        screen.setAlignment(Pos.CENTER);
        screen.getStyleClass().add("opening-screen");
        return screen;
    }

    private void started(Startup.Outcome outcome) {
        if (smokeTest() && outcome instanceof Startup.Outcome.Refused refused) {
            smokeFailed(refused.message());
            return;
        }
        switch (outcome) {
            case Startup.Outcome.Refused refused -> {
                // shown over the opening screen: hiding the only window first would end JavaFX before it
                dialogs.showError(stage, messages.tr("ui.startup.unavailable"), refused.message());
                exit(EXIT_DATABASE_UNAVAILABLE);
            }
            case Startup.Outcome.Ready ready -> showMainWindow(ready);
        }
    }

    private void startFailed(Throwable failure) {
        LOG.log(Level.ERROR, "Coplan could not start", failure);
        if (smokeTest()) {
            smokeFailed(String.valueOf(failure));
            return;
        }
        dialogs.showFailure(stage, messages.tr("ui.startup.failed"), failure);
        exit(EXIT_FAILED);
    }

    private void showMainWindow(Startup.Outcome.Ready ready) {
        database = ready.database();
        buildMainWindow(windowState);
        if (smokeTest()) {
            PaintCheck.whenPainted(stage.getScene(), SMOKE_PATIENCE, System::nanoTime, this::smokeChecked);
            return;
        }
        mainWindow.startAutomaticBackups();
        // from now on, packages named on the command line or forwarded by a second Coplan open here
        settings.requests().deliverTo(request -> Platform.runLater(() -> handle(request)));
        if (ready.sampleLoaded()) {
            mainWindow.notifier().info(messages.tr("ui.main.status.sample-loaded"));
        } else if (ready.sampleFailure() != null) {
            mainWindow.notifier().failure(messages.tr("ui.main.error.sample-failed"), ready.sampleFailure());
        }
    }

    private void buildMainWindow(WindowState state) {
        mainWindow = new MainWindow(stage, database, messages, tasks, dialogs, state, () -> icon(128),
                stage::close, this::reloadAfterRestore);
        stage.getScene().setRoot(mainWindow.view());
        mainWindow.showChartAs(ChartStart.from(System.getProperties()));
        mainWindow.start(state);
    }

    /** After a backup was restored: a new window over the same database, keeping dividers and roadmap. */
    private void reloadAfterRestore() {
        rebuildMainWindow();
        mainWindow.notifier().info(messages.tr("ui.backup.reloaded"));
    }

    /** The plan changed beneath the window (restore, import): everything it read, undo included, is stale. */
    private void rebuildMainWindow() {
        windowState = mainWindow.state(windowState);
        mainWindow.dispose();
        buildMainWindow(windowState);
        mainWindow.startAutomaticBackups();
    }

    /** A second Coplan (or the command line) asked for the window, perhaps with a plan package to import. */
    private void handle(InstanceRequest request) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.toFront();
        stage.requestFocus();
        request.packageFile().ifPresent(this::offerPackage);
    }

    private void offerPackage(Path file) {
        if (!(database instanceof SyncDatabase replica)) {
            mainWindow.notifier().error(Problem.tr("ui.package.not-a-replica"));
            return;
        }
        new PackageImportViewModel(replica, new BackupPolicy(database, Clock.systemUTC()), messages,
                mainWindow.notifier(), tasks, preview -> new PackageImportDialog(preview, messages, stage).confirm(),
                this::reloadAfterImport, () -> rescheduleAfterMerge(database)).open(file);
    }

    /** The import stands even when the merged plan cannot be rescheduled; the user is told why. */
    private void rescheduleAfterMerge(PlanDatabase merged) {
        try {
            new PlanRescheduling(merged).reschedule(null);
        } catch (PlanRuleViolation unschedulable) {
            Platform.runLater(() -> mainWindow.notifier().error(unschedulable.problem()));
        }
    }

    private void reloadAfterImport(String whatChanged) {
        rebuildMainWindow();
        mainWindow.notifier().info(whatChanged);
    }

    private boolean smokeTest() {
        return settings.smokeReport().isPresent();
    }

    private void smokeChecked(PaintCheck.Result result) {
        if (result.painted()) {
            report(messages.tr("ui.smoke.passed", version(), result.width(), result.height(), result.colours(),
                    result.took().toMillis()));
            exit(0);
        } else {
            smokeFailed(messages.tr("ui.smoke.not-painted", result.width(), result.height(), result.colours(),
                    result.took().toSeconds()));
        }
    }

    private void smokeFailed(String reason) {
        report(messages.tr("ui.smoke.failed", version(), reason));
        exit(EXIT_FAILED);
    }

    private void report(String line) {
        settings.smokeReport().ifPresent(out -> out.accept(line));
    }

    private String version() {
        String version = CoplanApplication.class.getPackage().getImplementationVersion();
        return version == null ? messages.tr("ui.help.about.development-version") : version;
    }

    private void exit(int code) {
        exitCode.set(code);
        Platform.exit();
    }

    /** Puts the window where it was, if that place is still on a screen; otherwise centred. */
    private void place(Stage window, WindowState state) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        window.setWidth(Math.min(state.width(), screen.getWidth()));
        window.setHeight(Math.min(state.height(), screen.getHeight()));
        if (state.hasPosition() && !Screen.getScreensForRectangle(state.x(), state.y(), 80, 40).isEmpty()) {
            window.setX(state.x());
            window.setY(state.y());
        } else {
            window.centerOnScreen();
        }
        window.setMaximized(state.maximized());
        restoredBounds = new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
        // while maximized the stage reports the screen's size; the bounds to restore are the ones before
        Runnable remember = () -> {
            if (!window.isMaximized() && !window.isIconified()) {
                restoredBounds = new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
            }
        };
        window.xProperty().addListener(changed -> remember.run());
        window.yProperty().addListener(changed -> remember.run());
        window.widthProperty().addListener(changed -> remember.run());
        window.heightProperty().addListener(changed -> remember.run());
    }

    @Override
    public void stop() {
        if (mainWindow != null) {
            saveWindowState();
            mainWindow.dispose();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (database != null) {
            try {
                database.close();
            } catch (RuntimeException notClosed) {
                // every edit was committed when it was made; a failing close loses nothing
                LOG.log(Level.WARNING, "Could not close the plan database cleanly", notClosed);
            }
        }
    }

    private void saveWindowState() {
        WindowState bounds = windowState
                .withBounds(restoredBounds.getMinX(), restoredBounds.getMinY(), restoredBounds.getWidth(),
                        restoredBounds.getHeight())
                .withMaximized(stage.isMaximized());
        try {
            mainWindow.state(bounds).save(stateFile);
        } catch (IOException | RuntimeException notSaved) {
            // losing the window's size is a nuisance, not a reason to fail while closing
            LOG.log(Level.WARNING, "Could not save the window state to " + stateFile, notSaved);
        }
    }

    private static Image icon(int size) {
        String name = "icons/coplan-" + size + ".png";
        return new Image(Objects.requireNonNull(CoplanApplication.class.getResource(name), name).toExternalForm());
    }
}
