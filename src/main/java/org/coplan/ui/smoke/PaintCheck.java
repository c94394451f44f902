package org.coplan.ui.smoke;

import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * {@code coplan --smoke}: whether the main window really painted. Waits a few frames for the first layout,
 * renders the scene into an image and counts its colours: a window that failed to render is one flat colour
 * (or has no size), the main window with its menus, tree and chart has dozens.
 */
public final class PaintCheck {

    /** Fewer colours than this is a blank or failed picture, not a window with menus, a tree and a chart. */
    public static final int MIN_COLOURS = 16;
    private static final int FRAMES_BEFORE_LOOKING = 3;

    /** What the picture of the scene showed. */
    public record Result(int width, int height, int colours, Duration took) {

        public boolean painted() {
            return width > 0 && height > 0 && colours >= MIN_COLOURS;
        }
    }

    private PaintCheck() {
    }

    /** Distinct colours in the image, counted up to {@code limit} (enough to tell a picture from a blank). */
    public static int colours(Image image, int limit) {
        PixelReader pixels = image.getPixelReader();
        if (pixels == null) {
            return 0;
        }
        Set<Integer> seen = new HashSet<>();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (seen.add(pixels.getArgb(x, y)) && seen.size() >= limit) {
                    return seen.size();
                }
            }
        }
        return seen.size();
    }

    /**
     * Looks at the scene on every frame from the {@value #FRAMES_BEFORE_LOOKING}rd on, until it has painted or
     * {@code patience} has run out; then hands the last look to {@code done}, once. Runs on the JavaFX thread.
     */
    public static void whenPainted(Scene scene, Duration patience, LongSupplier nanoClock, Consumer<Result> done) {
        Objects.requireNonNull(scene, "scene");
        long start = nanoClock.getAsLong();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                frames++;
                if (frames < FRAMES_BEFORE_LOOKING) {
                    return;
                }
                Duration took = Duration.ofNanos(nanoClock.getAsLong() - start);
                Result result = look(scene, took);
                if (result.painted() || took.compareTo(patience) >= 0) {
                    stop();
                    done.accept(result);
                }
            }
        }.start();
    }

    private static Result look(Scene scene, Duration took) {
        if (scene.getWidth() < 1 || scene.getHeight() < 1) {
            return new Result(0, 0, 0, took);
        }
        Image picture = scene.snapshot(null);
        return new Result((int) picture.getWidth(), (int) picture.getHeight(), colours(picture, MIN_COLOURS * 4),
                took);
    }
}
