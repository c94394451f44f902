package org.coplan.ui.imports;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.coplan.l10n.Messages;
import org.coplan.ui.common.DialogHeader;
import org.coplan.ui.common.Stylesheets;

/** After an import: what came in, and what was left out and why. */
public final class ImportReportDialog extends Dialog<Void> {

    public ImportReportDialog(ImportReportViewModel report, Messages messages, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.tr("ui.import.report.title"));
        getDialogPane().setHeader(DialogHeader.of(messages.tr("ui.import.report.title"), report.headline()));
        getDialogPane().getStyleClass().addAll("coplan-form-dialog", "import-report-dialog");
        Stylesheets.applyTo(getDialogPane());
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.tr("ui.button.close"),
                ButtonData.CANCEL_CLOSE));
        Label cameInLabel = new Label(messages.tr("ui.import.report.came-in"));
        cameInLabel.getStyleClass().add("title-4");
        Label leftOutLabel = new Label(messages.tr("ui.import.report.left-out"));
        leftOutLabel.getStyleClass().add("title-4");
        VBox content = new VBox(6, cameInLabel, list("import-came-in", report.cameIn()), leftOutLabel,
                list("import-left-out", report.leftOut()));
        content.setPrefWidth(620);
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().setContent(content);
    }

    /** One wrapped line per sentence: reports are short, and every line must be readable without scrolling. */
    private static VBox list(String id, List<String> lines) {
        VBox list = new VBox(4);
        list.setId(id);
        list.getStyleClass().add("import-report-lines");
        list.setPadding(new Insets(0, 0, 6, 12));
        for (String line : lines) {
            Label label = new Label("• " + line);
            label.setWrapText(true);
            label.setMaxWidth(580);
            list.getChildren().add(label);
        }
        return list;
    }
}
