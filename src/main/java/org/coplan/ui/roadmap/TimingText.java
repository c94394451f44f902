package org.coplan.ui.roadmap;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coplan.domain.WorkItem;
import org.coplan.scheduling.ItemTiming;
import org.coplan.service.RoadmapSession;

/**
 * What the schedule columns show for a row: the engine's early and late dates, total and free slack
 * (negative when a constraint cannot be met, shown rather than hidden), whether it is critical, and the
 * task mode. Read from the open session at paint time, so the cells hold no copy that could go stale.
 */
final class TimingText {

    private final Supplier<RoadmapSession> session;
    private final ItemText text;

    TimingText(Supplier<RoadmapSession> session, ItemText text) {
        this.session = session;
        this.text = text;
    }

    String earlyStart(WorkItem item) {
        return date(item, ItemTiming::earlyStart);
    }

    String earlyFinish(WorkItem item) {
        return date(item, ItemTiming::earlyFinish);
    }

    String lateStart(WorkItem item) {
        return date(item, ItemTiming::lateStart);
    }

    String lateFinish(WorkItem item) {
        return date(item, ItemTiming::lateFinish);
    }

    String totalSlack(WorkItem item) {
        ItemTiming timing = timing(item);
        return timing == null ? "" : text.duration(timing.totalSlack());
    }

    String freeSlack(WorkItem item) {
        ItemTiming timing = timing(item);
        return timing == null ? "" : text.duration(timing.freeSlack());
    }

    String critical(WorkItem item) {
        ItemTiming timing = timing(item);
        if (timing == null) {
            return "";
        }
        return text.messages().tr(timing.critical() ? "ui.roadmap.value.yes" : "ui.roadmap.value.no");
    }

    String mode(WorkItem item) {
        return text.messages().tr(item.manual() ? "ui.roadmap.value.manual" : "ui.roadmap.value.auto");
    }

    private String date(WorkItem item, Function<ItemTiming, LocalDate> field) {
        ItemTiming timing = timing(item);
        return timing == null ? "" : text.date(field.apply(timing));
    }

    private ItemTiming timing(WorkItem item) {
        RoadmapSession open = session.get();
        return open == null ? null : open.timing(item.id());
    }
}
