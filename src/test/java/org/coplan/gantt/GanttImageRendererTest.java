package org.coplan.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart rendered to images for printing: a picture wider than the largest texture comes in tiles within
 * the limit that abut exactly, and the tiles together are the picture a single render gives.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GanttImageRendererTest {

    private static final LocalDate MONDAY = SyntheticRows.MONDAY;

    private GanttChart chart;

    @Start
    void start(Stage stage) {
        chart = new GanttChart();
        chart.setModel(new SyntheticRows(1_000));
        chart.setToday(MONDAY.plusDays(3));
        chart.setStatusDate(MONDAY.plusDays(10));
        chart.setDayWidth(20);
        chart.setStyle("-gantt-bar-fill: #ff0000; -gantt-link-stroke: #0000ff;");
        Scene scene = new Scene(new StackPane(chart), 900, 600);
        scene.getStylesheets().add(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aRangeWiderThanTheLargestTextureComesInTilesThatAbut() {
        chart.setDayWidth(GanttZoom.MAX_DAY_WIDTH);
        GanttImageRenderer renderer = new GanttImageRenderer(chart).withMaxTileSize(GanttImageRenderer.MAX_TILE_SIZE);
        GanttImageRenderer.Range range = new GanttImageRenderer.Range(MONDAY, MONDAY.plusDays(299), 0, 9);

        List<GanttImageTile> tiles = onFx(() -> renderer.render(range));

        int width = (int) renderer.size(range).getWidth();
        int height = (int) renderer.size(range).getHeight();
        assertThat(width).isEqualTo(300 * 64).isGreaterThan(GanttImageRenderer.MAX_TILE_SIZE);
        assertThat(tiles).hasSize(2);
        assertThat(tiles).allSatisfy(tile -> {
            assertThat(tile.width()).isLessThanOrEqualTo(GanttImageRenderer.MAX_TILE_SIZE);
            assertThat(tile.height()).isEqualTo(height);
            assertThat(tile.y()).isZero();
        });
        assertThat(tiles.get(0).x()).isZero();
        assertThat(tiles.get(1).x()).isEqualTo(tiles.get(0).width());
        assertThat(tiles.get(1).x() + tiles.get(1).width()).isEqualTo(width);
    }

    @Test
    void tilesCutBothWaysGiveThePixelsOfASingleRender() {
        GanttImageRenderer.Range range = new GanttImageRenderer.Range(MONDAY.minusDays(5), MONDAY.plusDays(94), 20, 49);
        GanttImageRenderer single = new GanttImageRenderer(chart).withMaxTileSize(GanttImageRenderer.MAX_TILE_SIZE);
        GanttImageRenderer cut = new GanttImageRenderer(chart).withMaxTileSize(300);

        GanttImageTile whole = onFx(() -> single.render(range)).getFirst();
        List<GanttImageTile> tiles = onFx(() -> cut.render(range));

        assertThat(whole.width()).isEqualTo(2_000);
        assertThat(whole.height()).isEqualTo((int) Math.ceil(chart.getHeaderHeight()) + 30 * 28);
        assertThat(tiles).hasSize(7 * 3);
        assertThat(tiles.stream().mapToLong(tile -> (long) tile.width() * tile.height()).sum())
                .isEqualTo((long) whole.width() * whole.height());
        PixelReader expected = whole.image().getPixelReader();
        for (GanttImageTile tile : tiles) {
            PixelReader actual = tile.image().getPixelReader();
            for (int y = 0; y < tile.height(); y++) {
                for (int x = 0; x < tile.width(); x++) {
                    int want = expected.getArgb(tile.x() + x, tile.y() + y);
                    int got = actual.getArgb(x, y);
                    if (!alike(want, got)) {
                        throw new AssertionError("pixel (%d, %d) is %08x in its tile, %08x in the single render"
                                .formatted(tile.x() + x, tile.y() + y, got, want));
                    }
                }
            }
        }
    }

    @Test
    void theRowsAskedForAreDrawnBelowTheHeaderInTheChartsColours() {
        GanttImageRenderer renderer = new GanttImageRenderer(chart);
        // row 400 starts 400 mod 200 = 0 days after the Monday: its bar begins at the left edge
        GanttImageRenderer.Range range = new GanttImageRenderer.Range(MONDAY, MONDAY.plusDays(30), 400, 404);

        GanttImageTile tile = onFx(() -> renderer.render(range)).getFirst();

        double header = Math.ceil(chart.getHeaderHeight());
        Color insideTheBar = tile.image().getPixelReader().getColor(30, (int) (header + 28 * 0.35));
        assertThat(insideTheBar).isEqualTo(Color.RED);
        Color rowsWithoutHeader = onFx(() -> renderer.withHeader(false).render(range)).getFirst().image()
                .getPixelReader().getColor(30, (int) (28 * 0.35));
        assertThat(rowsWithoutHeader).isEqualTo(Color.RED);
    }

    @Test
    void anArrowToARowBeyondTheRenderedOnesIsDrawnUpToTheEdge() {
        GanttImageRenderer renderer = new GanttImageRenderer(chart).withHeader(false);
        // rows 10 to 12; row 12 (days 12 to 14) links finish-to-start to row 13 (from day 13), below the picture:
        // too early for an elbow, the arrow leaves 12's finish, turns down 6 px further on and runs along the
        // boundary between the rows, which is the picture's bottom edge
        GanttImageRenderer.Range range = new GanttImageRenderer.Range(MONDAY, MONDAY.plusDays(30), 10, 12);

        GanttImageTile tile = onFx(() -> renderer.render(range)).getFirst();

        int turn = 15 * 20 + 6;
        PixelReader pixels = tile.image().getPixelReader();
        assertThat(pixels.getColor(turn, tile.height() - 1)).isEqualTo(Color.BLUE);
        assertThat(pixels.getColor(turn, tile.height() - 8)).isEqualTo(Color.BLUE);
    }

    @Test
    void noTileMayExceedTheLargestTexture() {
        GanttImageRenderer renderer = new GanttImageRenderer(chart);

        assertThatThrownBy(() -> renderer.withMaxTileSize(GanttImageRenderer.MAX_TILE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Equal but for antialiasing: the rasterizer works in floats, so an edge drawn 1,000 px further from the
     * canvas's origin may round one step differently in a colour channel. A misplaced shape differs by far more.
     */
    private static boolean alike(int argb, int other) {
        for (int shift = 0; shift < 32; shift += 8) {
            if (Math.abs((argb >>> shift & 0xff) - (other >>> shift & 0xff)) > 2) {
                return false;
            }
        }
        return true;
    }

    private static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(60_000, work);
    }
}
