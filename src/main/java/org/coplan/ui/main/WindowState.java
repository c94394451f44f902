package org.coplan.ui.main;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Where the user left the window: its bounds, whether it was maximized, the two divider positions and the
 * roadmap that was open. Kept in {@code ui-state.properties} beside the database, so each plan database
 * reopens as it was left. A missing, unreadable or hand-damaged file gives the defaults, value by value.
 *
 * @param x                 left edge on the screen, or {@code NaN} when unknown (the window is centred)
 * @param y                 top edge, or {@code NaN}
 * @param width             window width
 * @param height            window height
 * @param maximized         whether the window was maximized (bounds are then the restored ones)
 * @param navigatorDivider  the divider between the navigator and the editor, 0 to 1
 * @param propertiesDivider the divider between the roadmap editor and the property sheet, 0 to 1
 * @param chartDivider      the divider between the roadmap's tree and its chart, 0 to 1
 * @param lastRoadmap       the roadmap open when the window closed, or {@code null}
 */
public record WindowState(double x, double y, double width, double height, boolean maximized,
                          double navigatorDivider, double propertiesDivider, double chartDivider,
                          UUID lastRoadmap) {

    public static final String FILE_NAME = "ui-state.properties";

    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;
    private static final double DEFAULT_NAVIGATOR_DIVIDER = 0.2;
    private static final double DEFAULT_PROPERTIES_DIVIDER = 0.8;
    private static final double DEFAULT_CHART_DIVIDER = 0.42;
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 420;

    public static final WindowState DEFAULT = new WindowState(Double.NaN, Double.NaN, DEFAULT_WIDTH,
            DEFAULT_HEIGHT, false, DEFAULT_NAVIGATOR_DIVIDER, DEFAULT_PROPERTIES_DIVIDER, DEFAULT_CHART_DIVIDER, null);

    public WindowState {
        width = Math.max(MIN_WIDTH, finiteOr(width, DEFAULT_WIDTH));
        height = Math.max(MIN_HEIGHT, finiteOr(height, DEFAULT_HEIGHT));
        navigatorDivider = fraction(navigatorDivider, DEFAULT_NAVIGATOR_DIVIDER);
        propertiesDivider = fraction(propertiesDivider, DEFAULT_PROPERTIES_DIVIDER);
        chartDivider = fraction(chartDivider, DEFAULT_CHART_DIVIDER);
    }

    public static Path fileIn(Path databaseFolder) {
        return databaseFolder.resolve(FILE_NAME);
    }

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    public Optional<UUID> lastRoadmapId() {
        return Optional.ofNullable(lastRoadmap);
    }

    public WindowState withBounds(double newX, double newY, double newWidth, double newHeight) {
        return new WindowState(newX, newY, newWidth, newHeight, maximized, navigatorDivider, propertiesDivider,
                chartDivider, lastRoadmap);
    }

    public WindowState withMaximized(boolean newMaximized) {
        return new WindowState(x, y, width, height, newMaximized, navigatorDivider, propertiesDivider,
                chartDivider, lastRoadmap);
    }

    public WindowState withDividers(double newNavigatorDivider, double newPropertiesDivider, double newChartDivider) {
        return new WindowState(x, y, width, height, maximized, newNavigatorDivider, newPropertiesDivider,
                newChartDivider, lastRoadmap);
    }

    public WindowState withLastRoadmap(UUID roadmap) {
        return new WindowState(x, y, width, height, maximized, navigatorDivider, propertiesDivider, chartDivider,
                roadmap);
    }

    /** Reads the file; any value that is missing or unreadable keeps its default. */
    public static WindowState load(Path file) {
        Properties values = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                // a damaged preferences file must never stop the application from opening
                return DEFAULT;
            }
        }
        return new WindowState(
                number(values, "window.x", DEFAULT.x),
                number(values, "window.y", DEFAULT.y),
                number(values, "window.width", DEFAULT.width),
                number(values, "window.height", DEFAULT.height),
                Boolean.parseBoolean(values.getProperty("window.maximized", "false")),
                number(values, "divider.navigator", DEFAULT.navigatorDivider),
                number(values, "divider.properties", DEFAULT.propertiesDivider),
                number(values, "divider.chart", DEFAULT.chartDivider),
                uuid(values.getProperty("roadmap.last")));
    }

    /**
     * Writes the file through a temporary file and a rename, so a crash while saving leaves the old state
     * rather than half a file.
     */
    public void save(Path file) throws IOException {
        Properties values = new Properties();
        if (hasPosition()) {
            values.setProperty("window.x", Double.toString(x));
            values.setProperty("window.y", Double.toString(y));
        }
        values.setProperty("window.width", Double.toString(width));
        values.setProperty("window.height", Double.toString(height));
        values.setProperty("window.maximized", Boolean.toString(maximized));
        values.setProperty("divider.navigator", Double.toString(navigatorDivider));
        values.setProperty("divider.properties", Double.toString(propertiesDivider));
        values.setProperty("divider.chart", Double.toString(chartDivider));
        if (lastRoadmap != null) {
            values.setProperty("roadmap.last", lastRoadmap.toString());
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, FILE_NAME, ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(out, "Coplan window state");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static double number(Properties values, String name, double fallback) {
        String text = values.getProperty(name);
        if (text == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : fallback;
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    private static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static double finiteOr(double value, double fallback) {
        return Double.isFinite(value) ? value : fallback;
    }

    private static double fraction(double value, double fallback) {
        return Double.isFinite(value) && value > 0.02 && value < 0.98 ? value : fallback;
    }
}
