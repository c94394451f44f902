package org.coplan.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.coplan.domain.DependencyType;
import org.junit.jupiter.api.Test;

/** Links the chart makes are written as the predecessors column reads them, so they go through its checks. */
class RoadmapChartLinkTextTest {

    @Test
    void aPlainFinishToStartLinkIsJustTheCode() {
        assertThat(RoadmapChart.linkText("1.2", DependencyType.FS, 0)).isEqualTo("1.2");
    }

    @Test
    void otherTypesAndLagsAreSpelledOut() {
        assertThat(RoadmapChart.linkText("3", DependencyType.SS, 0)).isEqualTo("3SS");
        assertThat(RoadmapChart.linkText("2.1", DependencyType.FS, 2)).isEqualTo("2.1FS+2d");
        assertThat(RoadmapChart.linkText("4", DependencyType.FF, -1)).isEqualTo("4FF-1d");
    }
}
