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
    private final Map<String, Double> widths = new HashMap<>();
    private Font font;

    double width(String text, Font in) {
        if (!in.equals(font)) {
            font = in;
            probe.setFont(in);
            widths.clear();
        }
        Double known = widths.get(text);
        if (known != null) {
            return known;
        }
        probe.setText(text);
        double width = probe.getLayoutBounds().getWidth();
        if (widths.size() >= MAX_REMEMBERED) {
            widths.clear();
        }
        widths.put(text, width);
        return width;
    }

    double ascent(Font in) {
        width("", in);
        probe.setText("Ag");
        return -probe.getLayoutBounds().getMinY();
    }
}
