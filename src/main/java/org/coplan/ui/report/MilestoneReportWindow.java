package org.coplan.ui.report;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.coplan.domain.Roadmap;
import org.coplan.l10n.Messages;
import org.coplan.report.GroupBy;
import org.coplan.report.MilestoneReports.ProgrammeChoice;
import org.coplan.report.PageSetup;
import org.coplan.report.PeriodKind;
import org.coplan.report.ReportLanguage;
import org.coplan.ui.common.FormGrid;
import org.coplan.ui.common.Icons;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.Stylesheets;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The milestone report's window: the options on the left, the page preview on the right under a toolbar
 * with page navigation, zoom, page setup, Print and Save. Only binds and forwards to
 * {@link MilestoneReportViewModel}; printing is here because it needs the printer and the window.
 */
public final class MilestoneReportWindow {

    private static final float PRINT_DPI = 300;

    private final MilestoneReportViewModel model;
    private final Messages messages;
    private final Notifier notifier;
    private final Stage stage = new Stage();
    private final ImageView pageView = new ImageView();
    private final ScrollPane scroller;

    public MilestoneReportWindow(MilestoneReportViewModel model, Messages messages, Notifier notifier, Window owner) {
        this.model = model;
        this.messages = messages;
        this.notifier = notifier;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.tr("ui.report.title"));

        pageView.setPreserveRatio(true);
        pageView.setSmooth(true);
        model.pageImageProperty().addListener((observable, old, image) -> show(image));
        StackPane sheet = new StackPane(pageView);
        sheet.getStyleClass().add("report-sheet");
        sheet.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 10, 0, 0, 2);");
        StackPane desk = new StackPane(sheet);
        desk.setPadding(new Insets(16));
        desk.getStyleClass().add("report-desk");
        desk.setStyle("-fx-background-color: -color-bg-inset;");
        scroller = new ScrollPane(desk);
        scroller.setId("report-preview");
        scroller.setPannable(true);
        model.pageProperty().addListener((observable, old, page) -> scroller.setVvalue(0));
        desk.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> scroller.getViewportBounds().getWidth(), scroller.viewportBoundsProperty()));
        desk.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> scroller.getViewportBounds().getHeight(), scroller.viewportBoundsProperty()));

        BorderPane preview = new BorderPane(scroller);
        preview.setTop(toolbar());
        ScrollPane optionsScroller = new ScrollPane(options());
        optionsScroller.setFitToWidth(true);
        optionsScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        optionsScroller.setMinWidth(Region.USE_PREF_SIZE);
        optionsScroller.setPrefWidth(400);
        BorderPane side = new BorderPane(optionsScroller);
        side.setBottom(actions());
        BorderPane root = new BorderPane(preview);
        root.setLeft(side);
        root.getStyleClass().add("milestone-report");
        Scene scene = new Scene(root, 1180, 820);
        Stylesheets.applyTo(scene);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.PAGE_DOWN) {
                model.nextPage();
            } else if (event.getCode() == KeyCode.PAGE_UP) {
                model.previousPage();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(hidden -> model.close());
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        model.load();
    }

    private void show(BufferedImage image) {
        if (image == null) {
            pageView.setImage(null);
            return;
        }
        pageView.setImage(SwingFXUtils.toFXImage(image, null));
        // the picture is rendered at the screen's own dots per inch: one image pixel per screen pixel
        double outputScale = stage.getOutputScaleX() > 0 ? stage.getOutputScaleX() : 1;
        pageView.setFitWidth(image.getWidth() / outputScale);
    }

    // ---- the options

    private Node options() {
        GridPane grid = FormGrid.create();
        grid.setPadding(new Insets(12));
        int row = 0;

        ComboBox<ProgrammeChoice> programme = new ComboBox<>();
        programme.setId("report-programme");
        programme.setConverter(converter(choice -> choice == null ? messages.tr("ui.report.all-programmes")
                : choice.programme().title()));
        programme.setButtonCell(listCell(programme.getConverter()));
        programme.setCellFactory(list -> listCell(programme.getConverter()));
        bindWithAll(programme, model.programmes(), model.programmeProperty());
        row = add(grid, row, messages.tr("ui.report.field.programme"), programme);

        ComboBox<Roadmap> roadmap = new ComboBox<>();
        roadmap.setId("report-roadmap");
        roadmap.setConverter(converter(value -> value == null ? messages.tr("ui.report.all-roadmaps") : value.name()));
        roadmap.setButtonCell(listCell(roadmap.getConverter()));
        roadmap.setCellFactory(list -> listCell(roadmap.getConverter()));
        bindWithAll(roadmap, model.roadmaps(), model.roadmapProperty());
        roadmap.disableProperty().bind(model.programmeProperty().isNull());
        row = add(grid, row, messages.tr("ui.report.field.roadmap"), roadmap);

        ComboBox<PeriodKind> kind = choice(Map.of(
                PeriodKind.QUARTER, messages.tr("ui.report.period.quarter"),
                PeriodKind.HALF_YEAR, messages.tr("ui.report.period.half"),
                PeriodKind.YEAR, messages.tr("ui.report.period.year"),
                PeriodKind.CUSTOM, messages.tr("ui.report.period.custom")), PeriodKind.values(),
                model.periodKindProperty());
        kind.setId("report-period-kind");
        Button earlier = iconButton(MaterialDesignC.CHEVRON_LEFT, messages.tr("ui.report.period.earlier"),
                () -> model.shiftPeriod(-1));
        Button later = iconButton(MaterialDesignC.CHEVRON_RIGHT, messages.tr("ui.report.period.later"),
                () -> model.shiftPeriod(1));
        HBox.setHgrow(kind, Priority.ALWAYS);
        kind.setMaxWidth(Double.MAX_VALUE);
        row = add(grid, row, messages.tr("ui.report.field.period"), new HBox(4, kind, earlier, later));

        DatePicker from = datePicker(model.fromProperty());
        from.setId("report-from");
        DatePicker to = datePicker(model.toProperty());
        to.setId("report-to");
        from.disableProperty().bind(model.periodKindProperty().isNotEqualTo(PeriodKind.CUSTOM));
        to.disableProperty().bind(model.periodKindProperty().isNotEqualTo(PeriodKind.CUSTOM));
        row = add(grid, row, messages.tr("ui.report.field.from"), from);
        row = add(grid, row, messages.tr("ui.report.field.to"), to);

        DatePicker statusDate = datePicker(model.statusDateProperty());
        statusDate.setId("report-status-date");
        row = add(grid, row, messages.tr("ui.report.field.status-date"), statusDate);

        ComboBox<GroupBy> groupBy = choice(Map.of(
                GroupBy.STATE, messages.tr("ui.report.group.state"),
                GroupBy.AREA, messages.tr("ui.report.group.area"),
                GroupBy.PROGRAMME, messages.tr("ui.report.group.programme")), GroupBy.values(),
                model.groupByProperty());
        groupBy.setId("report-group-by");
        row = add(grid, row, messages.tr("ui.report.field.group-by"), groupBy);

        ComboBox<String> baseline = new ComboBox<>();
        baseline.setId("report-baseline");
        baseline.setConverter(converter(name -> name == null ? messages.tr("ui.report.compared-baseline") : name));
        baseline.setButtonCell(listCell(baseline.getConverter()));
        baseline.setCellFactory(list -> listCell(baseline.getConverter()));
        bindWithAll(baseline, model.baselines(), model.baselineProperty());
        row = add(grid, row, messages.tr("ui.report.field.baseline"), baseline);

        Spinner<Integer> atRisk = new Spinner<>(0, 250, model.atRiskDaysProperty().get());
        atRisk.setId("report-at-risk");
        atRisk.setEditable(true);
        atRisk.setPrefWidth(90);
        atRisk.getValueFactory().valueProperty().addListener((observable, old, value) -> {
            if (value != null) {
                model.atRiskDaysProperty().set(value);
            }
        });
        Label atRiskSuffix = new Label(messages.tr("ui.report.at-risk-suffix"));
        HBox atRiskBox = new HBox(6, atRisk, atRiskSuffix);
        atRiskBox.setAlignment(Pos.CENTER_LEFT);
        row = add(grid, row, messages.tr("ui.report.field.at-risk"), atRiskBox);

        CheckBox completed = new CheckBox(messages.tr("ui.report.include-completed"));
        completed.setId("report-include-completed");
        completed.selectedProperty().bindBidirectional(model.includeCompletedProperty());
        grid.add(completed, 1, row++);

        ComboBox<ReportLanguage> language = choice(Map.of(
                ReportLanguage.EN, messages.tr("ui.report.language.en"),
                ReportLanguage.RU, messages.tr("ui.report.language.ru")), ReportLanguage.values(),
                model.languageProperty());
        language.setId("report-language");
        row = add(grid, row, messages.tr("ui.report.field.language"), language);

        TextField preparedBy = new TextField();
        preparedBy.setId("report-prepared-by");
        preparedBy.textProperty().bindBidirectional(model.preparedByProperty());
        row = add(grid, row, messages.tr("ui.report.field.prepared-by"), preparedBy);

        grid.add(new Separator(), 0, row++, 2, 1);

        ComboBox<PageSetup.Paper> paper = choice(Map.of(
                PageSetup.Paper.A4, messages.tr("ui.report.paper.a4"),
                PageSetup.Paper.LETTER, messages.tr("ui.report.paper.letter")), PageSetup.Paper.values(),
                model.paperProperty());
        paper.setId("report-paper");
        row = add(grid, row, messages.tr("ui.report.field.paper"), paper);

        ComboBox<Boolean> orientation = choice(Map.of(
                false, messages.tr("ui.report.orientation.portrait"),
                true, messages.tr("ui.report.orientation.landscape")), new Boolean[]{false, true},
                model.landscapeProperty());
        orientation.setId("report-orientation");
        row = add(grid, row, messages.tr("ui.report.field.orientation"), orientation);

        Spinner<Double> margin = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(
                PageSetup.MIN_MARGIN_MM, PageSetup.MAX_MARGIN_MM, model.marginMmProperty().get(), 1));
        margin.setId("report-margin");
        margin.setEditable(true);
        margin.setPrefWidth(90);
        margin.getValueFactory().valueProperty().addListener((observable, old, value) -> {
            if (value != null) {
                model.marginMmProperty().set(value);
            }
        });
        model.marginMmProperty().addListener((observable, old, value) ->
                margin.getValueFactory().setValue(value.doubleValue()));
        Label marginSuffix = new Label(messages.tr("ui.report.margin-suffix"));
        HBox marginBox = new HBox(6, margin, marginSuffix);
        marginBox.setAlignment(Pos.CENTER_LEFT);
        add(grid, row, messages.tr("ui.report.field.margin"), marginBox);

        for (Node node : grid.getChildren()) {
            if (node instanceof Region region && !(node instanceof HBox) && GridPane.getColumnIndex(node) != null
                    && GridPane.getColumnIndex(node) == 1) {
                region.setMaxWidth(Double.MAX_VALUE);
            }
        }
        return new VBox(grid);
    }

    private static int add(GridPane grid, int row, String label, Node field) {
        Label text = new Label(label);
        text.setLabelFor(field);
        grid.add(text, 0, row);
        grid.add(field, 1, row);
        return row + 1;
    }

    /** A choice among constants, each shown by its label in the user's language. */
    private static <T> ComboBox<T> choice(Map<T, String> labels, T[] order, javafx.beans.property.Property<T> property) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(order));
        box.setConverter(converter(value -> value == null ? "" : labels.get(value)));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** A list of values headed by "all" (null), kept in step with the model's list and property. */
    private static <T> void bindWithAll(ComboBox<T> box, javafx.collections.ObservableList<T> values,
                                        javafx.beans.property.Property<T> property) {
        Runnable refill = () -> {
            T chosen = property.getValue();
            java.util.List<T> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(values);
            box.getItems().setAll(items);
            box.setValue(chosen);
        };
        values.addListener((javafx.collections.ListChangeListener<T>) change -> refill.run());
        refill.run();
        box.valueProperty().addListener((observable, old, value) -> {
            if (box.getItems().contains(value) && !java.util.Objects.equals(property.getValue(), value)) {
                property.setValue(value);
            }
        });
        property.addListener((observable, old, value) -> box.setValue(value));
    }

    private static DatePicker datePicker(ObjectProperty<java.time.LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.valueProperty().bindBidirectional(property);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }

    private static <T> ListCell<T> listCell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }

    // ---- what is done with the report

    private VBox actions() {
        Button pageSetup = new Button(messages.tr("ui.report.page-setup"));
        pageSetup.setId("report-page-setup");
        pageSetup.setOnAction(event -> pageSetup());
        Button print = new Button(messages.tr("ui.report.print"), Icons.of(MaterialDesignP.PRINTER_OUTLINE));
        print.setId("report-print");
        print.setOnAction(event -> print());
        Button savePdf = new Button(messages.tr("ui.report.save-pdf"), Icons.of(MaterialDesignF.FILE_PDF_BOX));
        savePdf.setId("report-save-pdf");
        savePdf.setOnAction(event -> save(true));
        Button saveCsv = new Button(messages.tr("ui.report.save-csv"), Icons.of(MaterialDesignF.FILE_DELIMITED_OUTLINE));
        saveCsv.setId("report-save-csv");
        saveCsv.setOnAction(event -> save(false));
        VBox buttons = new VBox(8, print, savePdf, saveCsv, pageSetup);
        for (Node node : buttons.getChildren()) {
            Button button = (Button) node;
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.disableProperty().bind(model.reportProperty().isNull());
        }
        print.getStyleClass().add("accent");
        buttons.setPadding(new Insets(12));
        return buttons;
    }

    // ---- the toolbar

    private ToolBar toolbar() {
        Button first = iconButton(MaterialDesignP.PAGE_FIRST, messages.tr("ui.report.first-page"), model::firstPage);
        first.disableProperty().bind(model.canGoBackBinding().not());
        Button previous = iconButton(MaterialDesignC.CHEVRON_LEFT, messages.tr("ui.report.previous-page"),
                model::previousPage);
        previous.setId("report-previous-page");
        previous.disableProperty().bind(model.canGoBackBinding().not());
        Label pageText = new Label();
        pageText.setId("report-page");
        pageText.textProperty().bind(model.pageTextBinding());
        pageText.setMinWidth(Region.USE_PREF_SIZE);
        Button next = iconButton(MaterialDesignC.CHEVRON_RIGHT, messages.tr("ui.report.next-page"), model::nextPage);
        next.setId("report-next-page");
        next.disableProperty().bind(model.canGoForwardBinding().not());
        Button last = iconButton(MaterialDesignP.PAGE_LAST, messages.tr("ui.report.last-page"), model::lastPage);
        last.disableProperty().bind(model.canGoForwardBinding().not());

        Button zoomOut = iconButton(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, messages.tr("ui.report.zoom-out"),
                model::zoomOut);
        Label zoomText = new Label();
        zoomText.setId("report-zoom");
        zoomText.textProperty().bind(model.zoomTextBinding());
        zoomText.setMinWidth(Region.USE_PREF_SIZE);
        Button zoomIn = iconButton(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, messages.tr("ui.report.zoom-in"),
                model::zoomIn);
        Button actual = new Button(messages.tr("ui.report.actual-size"));
        actual.setOnAction(event -> model.actualSize());
        Button fit = new Button(messages.tr("ui.report.fit-width"));
        fit.setOnAction(event -> model.fitWidth(scroller.getViewportBounds().getWidth() - 40));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        return new ToolBar(first, previous, pageText, next, last, new Separator(), zoomOut, zoomText, zoomIn, actual,
                fit, spacer, busy);
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tooltip, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.setTooltip(Icons.tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }

    // ---- page setup, printing, saving

    private PageLayout layoutFor(Printer printer) {
        Paper paper = model.paperProperty().get() == PageSetup.Paper.LETTER ? Paper.NA_LETTER : Paper.A4;
        PageOrientation orientation = model.landscapeProperty().get() ? PageOrientation.LANDSCAPE
                : PageOrientation.PORTRAIT;
        return printer.createPageLayout(paper, orientation, Printer.MarginType.HARDWARE_MINIMUM);
    }

    /** The printer's page setup dialog; the report is laid out afresh for the sheet chosen there. */
    private void pageSetup() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            notifier.info(messages.tr("ui.report.no-printer"));
            return;
        }
        job.getJobSettings().setPageLayout(layoutFor(job.getPrinter()));
        if (job.showPageSetupDialog(stage)) {
            PageLayout chosen = job.getJobSettings().getPageLayout();
            PageSetup.Paper paper = chosen.getPaper().equals(Paper.NA_LETTER) ? PageSetup.Paper.LETTER
                    : PageSetup.Paper.A4;
            boolean landscape = chosen.getPageOrientation() == PageOrientation.LANDSCAPE
                    || chosen.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE;
            double margin = Math.max(chosen.getLeftMargin(), chosen.getTopMargin()) / PageSetup.POINTS_PER_MM;
            model.applyPrinterSheet(paper, landscape, Math.max(margin, model.marginMmProperty().get()));
        }
        job.endJob();
    }

    /** Prints the pages as previewed, each fitted to the printable area of the sheet the report is laid out on. */
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            notifier.info(messages.tr("ui.report.no-printer"));
            return;
        }
        job.getJobSettings().setPageLayout(layoutFor(job.getPrinter()));
        job.getJobSettings().setJobName(messages.tr("ui.report.title"));
        if (!job.showPrintDialog(stage)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        int pages = model.pageCountProperty().get();
        boolean printed = true;
        for (int index = 0; index < pages && printed; index++) {
            ImageView page = new ImageView(SwingFXUtils.toFXImage(model.printPage(index, PRINT_DPI), null));
            page.setPreserveRatio(true);
            page.setFitWidth(layout.getPrintableWidth());
            page.setFitHeight(layout.getPrintableHeight());
            printed = job.printPage(layout, page);
        }
        if (printed && job.endJob()) {
            notifier.info(messages.tr("ui.report.printed", pages));
        } else {
            notifier.info(messages.tr("ui.report.print-failed"));
        }
    }

    private void save(boolean pdf) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(pdf ? messages.tr("ui.report.save-pdf") : messages.tr("ui.report.save-csv"));
        FileChooser.ExtensionFilter filter = pdf
                ? new FileChooser.ExtensionFilter(messages.tr("ui.report.filter.pdf"), "*.pdf")
                : new FileChooser.ExtensionFilter(messages.tr("ui.report.filter.csv"), "*.csv");
        chooser.getExtensionFilters().setAll(filter);
        chooser.setInitialFileName(messages.tr("ui.report.file-name") + (pdf ? ".pdf" : ".csv"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        if (pdf) {
            model.savePdf(file.toPath());
        } else {
            model.saveCsv(file.toPath());
        }
    }
}
