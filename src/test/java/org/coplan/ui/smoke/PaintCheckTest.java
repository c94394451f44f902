package org.coplan.ui.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

@Tag("ui")
class PaintCheckTest {

    private Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void hide() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(stage::hide);
        }
    }

    @Test
    void coloursAreCountedUpToTheLimit() {
        WritableImage image = new WritableImage(40, 10);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 10; y++) {
                image.getPixelWriter().setColor(x, y, Color.gray(x / 39.0));
            }
        }

        assertThat(PaintCheck.colours(image, 1_000)).isEqualTo(40);
        assertThat(PaintCheck.colours(image, 16)).isEqualTo(16);
        assertThat(PaintCheck.colours(new WritableImage(8, 8), 16)).isEqualTo(1);
    }

    @Test
    void aWindowWithControlsHasPainted() throws Exception {
        PaintCheck.Result result = check(() -> new VBox(8, new Label("Roadmap: Energy"), new Button("Import"),
                new Rectangle(120, 30, Color.CORNFLOWERBLUE)), Duration.ofSeconds(30));

        assertThat(result.painted()).as(result.toString()).isTrue();
        assertThat(result.width()).isEqualTo(400);
        assertThat(result.height()).isEqualTo(300);
    }

    @Test
    void aBlankWindowHasNotPaintedAndTheCheckGivesUpAfterItsPatience() throws Exception {
        PaintCheck.Result result = check(Pane::new, Duration.ZERO);

        assertThat(result.painted()).isFalse();
        assertThat(result.colours()).isLessThan(PaintCheck.MIN_COLOURS);
    }

    private PaintCheck.Result check(java.util.function.Supplier<javafx.scene.Parent> content, Duration patience)
            throws Exception {
        CompletableFuture<PaintCheck.Result> done = new CompletableFuture<>();
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            stage.setScene(new Scene(content.get(), 400, 300));
            stage.show();
            PaintCheck.whenPainted(stage.getScene(), patience, System::nanoTime, done::complete);
        });
        return done.get(60, TimeUnit.SECONDS);
    }
}
