package org.coplan.gantt.skin;

import static org.assertj.core.api.Assertions.assertThat;

import org.coplan.domain.DependencyType;
import org.junit.jupiter.api.Test;

class ArrowRouterTest {

    private static final double ROW = 28;
    // a bar in row 0 from x 100 to 200, and successors in row 2 (top at 56, middle at 70)
    private final Box predecessor = new Box(100, 7, 200, 21);

    @Test
    void finishToStartWithRoomIsAnElbowFromTheFinishIntoTheStart() {
        Box successor = new Box(260, 63, 320, 77);

        ArrowRouter.Route route = ArrowRouter.route(predecessor, successor, DependencyType.FS, 56, ROW);

        assertThat(route.xs()).containsExactly(200, 206, 206, 260);
        assertThat(route.ys()).containsExactly(14, 14, 70, 70);
    }

    @Test
    void finishToStartWithoutRoomRunsAlongTheRowBoundaryInsteadOfAcrossTheBars() {
        Box successor = new Box(150, 63, 320, 77);

        ArrowRouter.Route route = ArrowRouter.route(predecessor, successor, DependencyType.FS, 56, ROW);

        assertThat(route.xs()).containsExactly(200, 206, 206, 144, 144, 150);
        assertThat(route.ys()).containsExactly(14, 14, 56, 56, 70, 70);
    }

    @Test
    void aSuccessorAboveIsReachedAlongTheBoundaryBelowItsRow() {
        Box below = new Box(100, 63, 200, 77);
        Box above = new Box(120, 7, 180, 21);

        ArrowRouter.Route route = ArrowRouter.route(below, above, DependencyType.FS, 0, ROW);

        assertThat(route.ys()).contains(28.0);
        assertThat(route.xs()[route.size() - 1]).isEqualTo(120);
    }

    @Test
    void startToStartLeavesTheStartAndEntersTheStartGoingRight() {
        Box successor = new Box(160, 63, 320, 77);

        ArrowRouter.Route route = ArrowRouter.route(predecessor, successor, DependencyType.SS, 56, ROW);

        assertThat(route.xs()).containsExactly(100, 94, 94, 160);
        assertThat(route.ys()).containsExactly(14, 14, 70, 70);
    }

    @Test
    void finishToFinishEntersTheFinishGoingLeft() {
        Box successor = new Box(120, 63, 180, 77);

        ArrowRouter.Route route = ArrowRouter.route(predecessor, successor, DependencyType.FF, 56, ROW);

        assertThat(route.xs()).containsExactly(200, 206, 206, 180);
        assertThat(route.xs()[2]).isGreaterThan(route.xs()[3]);
    }

    @Test
    void startToFinishLeavesTheStartAndEntersTheFinish() {
        Box successor = new Box(20, 63, 80, 77);

        ArrowRouter.Route route = ArrowRouter.route(predecessor, successor, DependencyType.SF, 56, ROW);

        assertThat(route.xs()[0]).isEqualTo(100);
        assertThat(route.xs()[route.size() - 1]).isEqualTo(80);
    }

    @Test
    void aPointOnTheRouteIsNearItAndOneBesideItIsNot() {
        ArrowRouter.Route route = ArrowRouter.route(predecessor, new Box(260, 63, 320, 77), DependencyType.FS, 56, ROW);

        assertThat(route.near(206, 40, 3)).isTrue();
        assertThat(route.near(230, 70, 3)).isTrue();
        assertThat(route.near(230, 40, 3)).isFalse();
    }
}
