package org.coplan.gantt.skin;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of label texts in the chart's font, remembered: the header asks for the same few dozen texts on
 * every frame while scrolling.
 */
final class TextMeasure {

    private static final int MAX_REMEMBERED = 4_096;

    private final Text probe = new Text();
    // one table per font: labels switch between the regular and the bold font many times per frame
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();

    double width(String text, Font in) {
        Map<String, Double> known = widths.computeIfAbsent(in, font -> new HashMap<>());
        Double width = known.get(text);
        if (width != null) {
            return width;
        }
        probe.setFont(in);
        probe.setText(text);
        double measured = probe.getLayoutBounds().getWidth();
        if (known.size() >= MAX_REMEMBERED) {
            known.clear();
        }
        known.put(text, measured);
        return measured;
    }

    /**
     * {@code text} as it fits in {@code maxWidth}: whole when it does, otherwise its longest beginning that
     * fits with an ellipsis after it (possibly the ellipsis alone, or nothing when not even that fits).
     */
    String elide(String text, double maxWidth, Font in) {
        if (width(text, in) <= maxWidth) {
            return text;
        }
        String ellipsis = "\u2026";
        if (width(ellipsis, in) > maxWidth) {
            return "";
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (width(text.substring(0, middle).stripTrailing() + ellipsis, in) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return text.substring(0, low).stripTrailing() + ellipsis;
    }

    double ascent(Font in) {
        probe.setFont(in);
        probe.setText("Ag");
        return -probe.getLayoutBounds().getMinY();
    }
}
