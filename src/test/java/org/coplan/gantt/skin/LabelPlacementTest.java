package org.coplan.gantt.skin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bar's label: whole when it fits before the chart's edge, shortened when some of it fits, else dropped. */
class LabelPlacementTest {

    @Test
    void aLabelThatFitsIsPlacedAfterTheBarAtItsFullWidth() {
        LabelPlacement place = LabelPlacement.beside(100, 80, 400, 10, 30);

        assertThat(place).isEqualTo(new LabelPlacement(110, 80));
    }

    @Test
    void aLabelRunningPastTheEdgeIsShortenedToWhatFits() {
        LabelPlacement place = LabelPlacement.beside(300, 200, 400, 10, 30);

        assertThat(place.x()).isEqualTo(310);
        assertThat(place.width()).isEqualTo(400 - LabelPlacement.MARGIN - 310);
    }

    @Test
    void aLabelWithLessRoomThanItsMinimumIsDropped() {
        assertThat(LabelPlacement.beside(370, 200, 400, 10, 30)).isNull();
    }
}
