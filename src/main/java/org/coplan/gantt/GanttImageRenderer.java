package org.coplan.gantt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Dimension2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.coplan.gantt.skin.ChartPicturePainter;

/**
 * Renders a date range × row range of a chart (its timeline header above its rows) to images, for printing
 * and PDF: at the chart's current zoom, row height, colours, font and toggles, however large the range. The
 * picture is cut into tiles no larger than {@link #maxTileSize()} a side, at most {@value #MAX_TILE_SIZE}
 * pixels, the largest texture graphics cards are sure to take; each tile is painted on its own canvas and
 * snapshotted, so memory is one tile at a time when tiles are taken with {@link #render(Range, Consumer)}.
 *
 * <p>Runs on the JavaFX thread, as it snapshots canvases. The chart need not be shown; for its style
 * sheet's colours it must have been styled (shown once, or {@code applyCss()} called in a scene).
 */
public final class GanttImageRenderer {

    /** The largest tile side: 16,384 px, the common maximum texture size. */
    public static final int MAX_TILE_SIZE = 16_384;

    /** The days from {@code first} to {@code last} (both included) and the rows {@code firstRow} to {@code lastRow}. */
    public record Range(LocalDate first, LocalDate last, int firstRow, int lastRow) {

        public Range {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("last day " + last + " before first " + first);
            }
            if (firstRow < 0 || lastRow < firstRow - 1) {
                throw new IllegalArgumentException("rows " + firstRow + " to " + lastRow);
            }
        }

        long days() {
            return last.toEpochDay() - first.toEpochDay() + 1;
        }

        int rows() {
            return lastRow - firstRow + 1;
        }
    }

    private final GanttChart chart;
    private final int maxTileSize;
    private final boolean withHeader;

    public GanttImageRenderer(GanttChart chart) {
        this(chart, 4_096, true);
    }

    private GanttImageRenderer(GanttChart chart, int maxTileSize, boolean withHeader) {
        this.chart = Objects.requireNonNull(chart, "chart");
        this.maxTileSize = maxTileSize;
        this.withHeader = withHeader;
    }

    /**
     * A renderer cutting tiles at most {@code pixels} a side (1 to {@value #MAX_TILE_SIZE}; 4,096 by default,
     * which keeps a tile's image at 64 MB).
     */
    public GanttImageRenderer withMaxTileSize(int pixels) {
        if (pixels < 1 || pixels > MAX_TILE_SIZE) {
            throw new IllegalArgumentException("tile size " + pixels + " not within 1 to " + MAX_TILE_SIZE);
        }
        return new GanttImageRenderer(chart, pixels, withHeader);
    }

    /** A renderer drawing the timeline header above the rows ({@code true}, the default) or the rows alone. */
    public GanttImageRenderer withHeader(boolean header) {
        return new GanttImageRenderer(chart, maxTileSize, header);
    }

    public int maxTileSize() {
        return maxTileSize;
    }

    /** The whole picture's size in pixels, before cutting. */
    public Dimension2D size(Range range) {
        return new Dimension2D(pictureWidth(range), pictureHeight(range));
    }

    /** Every tile, left to right, then top to bottom. */
    public List<GanttImageTile> render(Range range) {
        List<GanttImageTile> tiles = new ArrayList<>();
        render(range, tiles::add);
        return tiles;
    }

    /** Hands over each tile as soon as it is painted, left to right, then top to bottom. */
    public void render(Range range, Consumer<GanttImageTile> sink) {
        int width = pictureWidth(range);
        int height = pictureHeight(range);
        double headerHeight = headerHeight();
        ChartPicturePainter painter = new ChartPicturePainter(chart);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        Canvas canvas = new Canvas();
        for (int y = 0; y < height; y += maxTileSize) {
            int tileHeight = Math.min(maxTileSize, height - y);
            for (int x = 0; x < width; x += maxTileSize) {
                int tileWidth = Math.min(maxTileSize, width - x);
                canvas.setWidth(tileWidth);
                canvas.setHeight(tileHeight);
                TimelineScale scale = new TimelineScale(range.first().toEpochDay() + x / chart.getDayWidth(),
                        chart.getDayWidth());
                painter.paint(canvas.getGraphicsContext2D(), scale, x, y, tileWidth, tileHeight, width, headerHeight,
                        range.firstRow());
                sink.accept(new GanttImageTile(x, y, canvas.snapshot(parameters,
                        new WritableImage(tileWidth, tileHeight))));
            }
        }
    }

    private double headerHeight() {
        return withHeader ? Math.ceil(chart.getHeaderHeight()) : 0;
    }

    private int pictureWidth(Range range) {
        return (int) Math.ceil(range.days() * chart.getDayWidth());
    }

    private int pictureHeight(Range range) {
        return (int) Math.ceil(headerHeight() + range.rows() * chart.getRowHeight());
    }
}
