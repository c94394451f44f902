package org.coplan.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coplan.domain.WorkItem;
import org.coplan.scheduling.ItemTiming;
import org.coplan.service.RoadmapSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schedule columns' texts, read from the engine through the open session; no robot needed. */
class TimingTextTest {

    private EditorFixture fixture;
    private RoadmapSession session;
    private ItemText text;
    private TimingText timing;

    @BeforeEach
    void open() {
        fixture = EditorFixture.inMemory();
        session = RoadmapSession.open(fixture.editor, fixture.roadmap.id());
        text = new ItemText(fixture.messages);
        timing = new TimingText(() -> session, text);
    }

    @AfterEach
    void close() {
        session.close();
        fixture.close();
    }

    private WorkItem item(String name) {
        return session.plan().item(fixture.id(name));
    }

    @Test
    void theChainToTheLastFinishIsCriticalAndALooseMilestoneHasSlack() {
        // Requirements → Design → Approved → Build: the longest chain; Launch hangs on nothing
        assertThat(timing.critical(item("Build"))).isEqualTo("Yes");
        assertThat(timing.totalSlack(item("Build"))).isEqualTo("0 d");
        assertThat(timing.critical(item("Launch"))).isEqualTo("No");
        assertThat(session.timing(fixture.id("Launch")).totalSlack()).isPositive();
    }

    @Test
    void datesAreTheEnginesInTheEditorsStyle() {
        ItemTiming design = session.timing(fixture.id("Design"));

        assertThat(timing.earlyStart(item("Design"))).isEqualTo(text.date(design.earlyStart()));
        assertThat(timing.lateFinish(item("Design"))).isEqualTo(text.date(design.lateFinish()));
        assertThat(design.earlyStart()).isAfter(session.timing(fixture.id("Requirements")).earlyFinish());
    }

    @Test
    void theModeColumnShowsAndOffersAutoAndManual() {
        assertThat(timing.mode(item("Design"))).isEqualTo("Auto");
        assertThat(new ReferenceChoices(session.reference(), text).modes()).extracting(Choice::label)
                .containsExactly("Auto", "Manual");

        session.setManual(List.of(fixture.id("Design")), true);

        assertThat(timing.mode(item("Design"))).isEqualTo("Manual");
    }

    @Test
    void withoutASessionTheColumnsAreEmpty() {
        TimingText closed = new TimingText(() -> null, text);

        assertThat(closed.earlyStart(item("Design"))).isEmpty();
        assertThat(closed.critical(item("Design"))).isEmpty();
    }
}
