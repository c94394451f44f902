package org.coplan.report;

/** The few colours of a printed report, as RGB in 0..1; statuses keep the Gantt chart's meaning. */
record ReportColour(float red, float green, float blue) {

    static final ReportColour TEXT = rgb(0x1f, 0x23, 0x28);
    static final ReportColour MUTED = rgb(0x59, 0x63, 0x6e);
    static final ReportColour RULE = rgb(0x8c, 0x95, 0x9f);
    static final ReportColour GRID = rgb(0xd0, 0xd7, 0xde);
    static final ReportColour HEADER_FILL = rgb(0xe6, 0xea, 0xef);
    static final ReportColour BAND = rgb(0xf6, 0xf8, 0xfa);
    static final ReportColour GROUP_FILL = rgb(0x24, 0x3b, 0x55);
    static final ReportColour WHITE = rgb(0xff, 0xff, 0xff);
    static final ReportColour BASELINE = rgb(0x8c, 0x95, 0x9f);
    static final ReportColour STATUS_LINE = rgb(0xc6, 0x28, 0x28);

    static ReportColour of(MilestoneStatus status) {
        return switch (status) {
            case DONE -> rgb(0x2e, 0x7d, 0x32);
            case ON_TRACK -> rgb(0x15, 0x65, 0xc0);
            case AT_RISK -> rgb(0xf9, 0xa8, 0x25);
            case SLIPPED -> rgb(0xe6, 0x51, 0x00);
            case OVERDUE -> rgb(0xb7, 0x1c, 0x1c);
        };
    }

    private static ReportColour rgb(int red, int green, int blue) {
        return new ReportColour(red / 255f, green / 255f, blue / 255f);
    }
}
