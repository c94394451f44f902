package org.coplan.report;

/**
 * The sheet a report is laid out on: paper, orientation and one margin all round, in millimetres.
 * Sizes are in PDF points (1/72 inch).
 */
public record PageSetup(Paper paper, boolean landscape, double marginMm) {

    public static final double MIN_MARGIN_MM = 5;
    public static final double MAX_MARGIN_MM = 40;
    public static final double POINTS_PER_MM = 72 / 25.4;

    /** The two sizes planners print on: ISO A4 and US Letter. */
    public enum Paper {
        A4(595.28f, 841.89f), LETTER(612f, 792f);

        private final float width;
        private final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }

        public float width() {
            return width;
        }

        public float height() {
            return height;
        }
    }

    public PageSetup {
        if (paper == null) {
            throw new IllegalArgumentException("paper");
        }
        if (marginMm < MIN_MARGIN_MM || marginMm > MAX_MARGIN_MM) {
            throw new IllegalArgumentException("margin out of range: " + marginMm);
        }
    }

    public static PageSetup a4Portrait() {
        return new PageSetup(Paper.A4, false, 15);
    }

    public float width() {
        return landscape ? paper.height() : paper.width();
    }

    public float height() {
        return landscape ? paper.width() : paper.height();
    }

    public float margin() {
        return (float) (marginMm * POINTS_PER_MM);
    }
}
