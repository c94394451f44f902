package org.coplan.ui.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coplan.domain.Roadmap;
import org.coplan.l10n.Messages;
import org.coplan.report.CsvMilestoneReport;
import org.coplan.report.GroupBy;
import org.coplan.report.MilestoneReport;
import org.coplan.report.MilestoneReportOptions;
import org.coplan.report.MilestoneReports;
import org.coplan.report.MilestoneReports.ProgrammeChoice;
import org.coplan.report.PageSetup;
import org.coplan.report.PdfMilestoneReport;
import org.coplan.report.PeriodKind;
import org.coplan.report.ReportLanguage;
import org.coplan.report.ReportPeriod;
import org.coplan.report.StatusRules;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;

/**
 * File ▸ Milestone report…: the report's options, the report written afresh whenever one changes, its pages
 * previewed at true size (zoom 100 % is the paper's size on this screen) with page navigation, and saving it
 * as PDF or CSV. The writing and the rendering run in the background; a result that arrives after a newer
 * request is dropped. Printing is the view's (it needs the printer), from {@link #printPage}.
 */
public final class MilestoneReportViewModel implements AutoCloseable {

    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 4;
    private static final double ZOOM_STEP = 1.25;

    private final MilestoneReports reports;
    private final Messages messages;
    private final Notifier notifier;
    private final TaskRunner tasks;
    private final Clock clock;
    private final double screenDpi;

    private final ObservableList<ProgrammeChoice> programmes = FXCollections.observableArrayList();
    private final ObjectProperty<ProgrammeChoice> programme = new SimpleObjectProperty<>(this, "programme");
    private final ObservableList<Roadmap> roadmaps = FXCollections.observableArrayList();
    private final ObjectProperty<Roadmap> roadmap = new SimpleObjectProperty<>(this, "roadmap");
    private final ObservableList<String> baselines = FXCollections.observableArrayList();
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline");
    private final ObjectProperty<PeriodKind> periodKind = new SimpleObjectProperty<>(this, "periodKind",
            PeriodKind.QUARTER);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<LocalDate> statusDate = new SimpleObjectProperty<>(this, "statusDate");
    private final ObjectProperty<GroupBy> groupBy = new SimpleObjectProperty<>(this, "groupBy", GroupBy.STATE);
    private final BooleanProperty includeCompleted = new SimpleBooleanProperty(this, "includeCompleted", true);
    private final ObjectProperty<ReportLanguage> language = new SimpleObjectProperty<>(this, "language");
    private final IntegerProperty atRiskDays = new SimpleIntegerProperty(this, "atRiskDays",
            StatusRules.DEFAULT_AT_RISK_SLACK_DAYS);
    private final StringProperty preparedBy = new SimpleStringProperty(this, "preparedBy", "");
    private final ObjectProperty<PageSetup.Paper> paper = new SimpleObjectProperty<>(this, "paper",
            PageSetup.Paper.A4);
    private final BooleanProperty landscape = new SimpleBooleanProperty(this, "landscape");
    private final DoubleProperty marginMm = new SimpleDoubleProperty(this, "marginMm", 15);

    private final ReadOnlyObjectWrapper<MilestoneReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ReadOnlyObjectWrapper<BufferedImage> pageImage = new ReadOnlyObjectWrapper<>(this, "pageImage");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringBinding pageText;
    private final StringBinding zoomText;
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoForward;

    private ReportPreview preview;
    private long writes;
    private long renders;
    private boolean adjusting;

    /**
     * @param screenDpi the screen's dots per inch, so that zoom 100 % shows a page at the paper's size
     * @param preparedByDefault who prepares reports on this machine, until the user types another name
     */
    public MilestoneReportViewModel(MilestoneReports reports, Messages messages, Notifier notifier, TaskRunner tasks,
                                    Clock clock, double screenDpi, String preparedByDefault) {
        this.reports = reports;
        this.messages = messages;
        this.notifier = notifier;
        this.tasks = tasks;
        this.clock = clock;
        this.screenDpi = screenDpi;
        LocalDate today = LocalDate.now(clock);
        statusDate.set(today);
        ReportPeriod current = ReportPeriod.around(PeriodKind.QUARTER, today);
        from.set(current.from());
        to.set(current.to());
        language.set(ReportLanguage.of(messages.locale()));
        preparedBy.set(preparedByDefault == null ? "" : preparedByDefault);

        pageText = Bindings.createStringBinding(() -> pageCount.get() == 0 ? ""
                : messages.tr("ui.report.page-of", page.get() + 1, pageCount.get()), page, pageCount);
        zoomText = Bindings.createStringBinding(() -> messages.tr("ui.report.zoom-value",
                Math.round(zoom.get() * 100)), zoom);
        canGoBack = page.greaterThan(0);
        canGoForward = page.lessThan(pageCount.subtract(1));

        programme.addListener((observable, old, chosen) -> programmeChosen(chosen));
        periodKind.addListener((observable, old, kind) -> periodKindChosen(kind));
        for (Observable option : List.of(roadmap, baseline, from, to, statusDate, groupBy, includeCompleted, language,
                atRiskDays, preparedBy, paper, landscape, marginMm)) {
            option.addListener(changed -> optionsChanged());
        }
        page.addListener(changed -> render());
        zoom.addListener(changed -> render());
    }

    // ---- the options

    /** Reads the programmes to choose from, then writes the first report. */
    public void load() {
        busy.set(true);
        tasks.run(reports::choices, choices -> {
            adjusting = true;
            programmes.setAll(choices);
            programme.set(null);
            programmeChosen(null);
            adjusting = false;
            write();
        }, this::failed);
    }

    /** Every programme; {@link #programmeProperty} null is all of them. */
    public ObservableList<ProgrammeChoice> programmes() {
        return programmes;
    }

    public ObjectProperty<ProgrammeChoice> programmeProperty() {
        return programme;
    }

    /** The chosen programme's roadmaps; empty when all programmes are reported on. */
    public ObservableList<Roadmap> roadmaps() {
        return roadmaps;
    }

    /** One roadmap of the chosen programme, or null for all of them. */
    public ObjectProperty<Roadmap> roadmapProperty() {
        return roadmap;
    }

    /** The names of the baselines saved in the chosen programmes. */
    public ObservableList<String> baselines() {
        return baselines;
    }

    /** The baseline compared with by name; null for the one each roadmap is compared with in the editor. */
    public StringProperty baselineProperty() {
        return baseline;
    }

    public ObjectProperty<PeriodKind> periodKindProperty() {
        return periodKind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<LocalDate> statusDateProperty() {
        return statusDate;
    }

    public ObjectProperty<GroupBy> groupByProperty() {
        return groupBy;
    }

    public BooleanProperty includeCompletedProperty() {
        return includeCompleted;
    }

    /** The report's language, which need not be the screens'. */
    public ObjectProperty<ReportLanguage> languageProperty() {
        return language;
    }

    public IntegerProperty atRiskDaysProperty() {
        return atRiskDays;
    }

    public StringProperty preparedByProperty() {
        return preparedBy;
    }

    public ObjectProperty<PageSetup.Paper> paperProperty() {
        return paper;
    }

    public BooleanProperty landscapeProperty() {
        return landscape;
    }

    public DoubleProperty marginMmProperty() {
        return marginMm;
    }

    /** The previous or next quarter, half-year or year; a custom period moves by its own length. */
    public void shiftPeriod(int direction) {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null) {
            return;
        }
        ReportPeriod moved = switch (periodKind.get()) {
            case QUARTER -> ReportPeriod.around(PeriodKind.QUARTER, start.plusMonths(3L * direction));
            case HALF_YEAR -> ReportPeriod.around(PeriodKind.HALF_YEAR, start.plusMonths(6L * direction));
            case YEAR -> ReportPeriod.around(PeriodKind.YEAR, start.plusYears(direction));
            case CUSTOM -> {
                long days = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
                yield new ReportPeriod(start.plusDays(days * direction), end.plusDays(days * direction));
            }
        };
        setPeriod(moved);
    }

    private void setPeriod(ReportPeriod period) {
        boolean outer = adjusting;
        adjusting = true;
        from.set(period.from());
        to.set(period.to());
        adjusting = outer;
        optionsChanged();
    }

    private void periodKindChosen(PeriodKind kind) {
        if (kind != null && kind != PeriodKind.CUSTOM && from.get() != null) {
            setPeriod(ReportPeriod.around(kind, from.get()));
        } else {
            optionsChanged();
        }
    }

    private void programmeChosen(ProgrammeChoice chosen) {
        boolean outer = adjusting;
        adjusting = true;
        roadmaps.setAll(chosen == null ? List.of() : chosen.roadmaps());
        roadmap.set(null);
        List<String> names = chosen == null
                ? programmes.stream().flatMap(choice -> choice.baselineNames().stream()).distinct().toList()
                : chosen.baselineNames();
        baselines.setAll(names);
        if (baseline.get() != null && !names.contains(baseline.get())) {
            baseline.set(null);
        }
        adjusting = outer;
        optionsChanged();
    }

    /** The options as they stand; empty when they are not complete (a date missing, the period reversed). */
    public java.util.Optional<MilestoneReportOptions> options() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null || end.isBefore(start) || statusDate.get() == null
                || atRiskDays.get() < 0) {
            return java.util.Optional.empty();
        }
        double margin = Math.clamp(marginMm.get(), PageSetup.MIN_MARGIN_MM, PageSetup.MAX_MARGIN_MM);
        ReportPeriod period = new ReportPeriod(start, end);
        PeriodKind kind = periodKind.get() == PeriodKind.CUSTOM ? period.kind() : periodKind.get();
        ProgrammeChoice chosen = programme.get();
        return java.util.Optional.of(new MilestoneReportOptions(
                chosen == null ? Set.of() : Set.of(chosen.programme().id()),
                roadmap.get() == null ? Set.of() : Set.of(roadmap.get().id()),
                kind, period, groupBy.get(), baseline.get(), includeCompleted.get(), language.get(),
                atRiskDays.get(), statusDate.get(), preparedBy.get(), new PageSetup(paper.get(), landscape.get(),
                margin)));
    }

    private void optionsChanged() {
        if (!adjusting && !programmes.isEmpty()) {
            write();
        }
    }

    // ---- writing and previewing

    /** Writes the report with the options as they are and shows its first page (or the same page number). */
    public void write() {
        java.util.Optional<MilestoneReportOptions> options = options();
        if (options.isEmpty()) {
            return;
        }
        long write = ++writes;
        busy.set(true);
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> {
            MilestoneReport made = reports.build(options.get());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfMilestoneReport(made, today).write(out);
            return new Written(made, new ReportPreview(out.toByteArray()));
        }, written -> {
            if (write != writes) {
                written.preview().close();
                return;
            }
            busy.set(false);
            if (preview != null) {
                preview.close();
            }
            preview = written.preview();
            report.set(written.report());
            pageCount.set(preview.pages());
            int wanted = Math.min(page.get(), preview.pages() - 1);
            if (wanted == page.get()) {
                render();
            } else {
                page.set(wanted);
            }
        }, this::failed);
    }

    private record Written(MilestoneReport report, ReportPreview preview) {
    }

    private void render() {
        ReportPreview shown = preview;
        if (shown == null || page.get() < 0 || page.get() >= shown.pages()) {
            return;
        }
        long render = ++renders;
        int index = page.get();
        float dpi = (float) (screenDpi * zoom.get());
        tasks.run(() -> shown.render(index, dpi), image -> {
            if (render == renders) {
                pageImage.set(image);
            }
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        notifier.failure(messages.tr("ui.report.error.failed"), failure);
    }

    /** The report last written; null until the first is. */
    public ReadOnlyObjectProperty<MilestoneReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The shown page as a picture at the zoom: at 100 % as large as the paper on this screen. */
    public ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The shown page, from 0. */
    public IntegerProperty pageProperty() {
        return page;
    }

    /** "Page 2 of 5". */
    public StringBinding pageTextBinding() {
        return pageText;
    }

    public BooleanBinding canGoBackBinding() {
        return canGoBack;
    }

    public BooleanBinding canGoForwardBinding() {
        return canGoForward;
    }

    /** True while a report is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void firstPage() {
        page.set(0);
    }

    public void previousPage() {
        page.set(Math.max(0, page.get() - 1));
    }

    public void nextPage() {
        page.set(Math.max(0, Math.min(pageCount.get() - 1, page.get() + 1)));
    }

    public void lastPage() {
        page.set(Math.max(0, pageCount.get() - 1));
    }

    /** 1 is the paper's own size on the screen. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** "100 %". */
    public StringBinding zoomTextBinding() {
        return zoomText;
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * ZOOM_STEP));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / ZOOM_STEP));
    }

    public void actualSize() {
        zoom.set(1);
    }

    /** The zoom at which a page's width fills {@code pixels} on this screen. */
    public void fitWidth(double pixels) {
        MilestoneReport shown = report.get();
        if (shown == null || pixels <= 0) {
            return;
        }
        double pageWidth = shown.options().page().width() / 72.0 * screenDpi;
        zoom.set(Math.clamp(pixels / pageWidth, MIN_ZOOM, MAX_ZOOM));
    }

    /** A page for the printer, at the printer's resolution; blocks while it renders. */
    public BufferedImage printPage(int index, float dpi) {
        return preview.render(index, dpi);
    }

    /** Takes over what the printer's page setup chose, so the report is laid out for that sheet. */
    public void applyPrinterSheet(PageSetup.Paper chosenPaper, boolean chosenLandscape, double chosenMarginMm) {
        adjusting = true;
        paper.set(chosenPaper);
        landscape.set(chosenLandscape);
        marginMm.set(Math.clamp(chosenMarginMm, PageSetup.MIN_MARGIN_MM, PageSetup.MAX_MARGIN_MM));
        adjusting = false;
        optionsChanged();
    }

    // ---- saving

    /** Saves the report as last written as PDF: exactly the pages previewed. */
    public void savePdf(Path file) {
        ReportPreview shown = preview;
        if (shown == null) {
            return;
        }
        save(file, out -> {
            try {
                out.write(shown.pdf());
            } catch (IOException failure) {
                throw new java.io.UncheckedIOException(failure);
            }
        });
    }

    /** Saves the same summary as CSV, for spreadsheets. */
    public void saveCsv(Path file) {
        MilestoneReport shown = report.get();
        if (shown == null) {
            return;
        }
        save(file, out -> new CsvMilestoneReport(shown).write(out));
    }

    private void save(Path file, Consumer<OutputStream> writing) {
        tasks.run(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                writing.accept(out);
            }
            return file;
        }, saved -> notifier.info(messages.tr("ui.report.saved", saved.getFileName())),
                failure -> notifier.failure(messages.tr("ui.report.error.save-failed", file), failure));
    }

    /** Closes the previewed document. */
    @Override
    public void close() {
        writes++;
        renders++;
        if (preview != null) {
            preview.close();
            preview = null;
        }
    }
}
