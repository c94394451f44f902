package org.coplan.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.report.GroupBy;
import org.coplan.report.MilestoneReports;
import org.coplan.report.PageSetup;
import org.coplan.report.PeriodKind;
import org.coplan.report.ReportLanguage;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.sample.SamplePlan;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MilestoneReportViewModelTest {

    private static final Clock JUNE_2026 = Clock.fixed(LocalDate.of(2026, 6, 15).atStartOfDay()
            .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final double SCREEN_DPI = 96;

    private final List<String> infos = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private H2PlanDatabase database;
    private MilestoneReportViewModel model;

    @BeforeEach
    void open() {
        database = H2PlanDatabase.openInMemory("report-vm-" + UUID.randomUUID(), ChangeAuthor.newReplica("tester"));
        new SamplePlan(database).load();
        Notifier notifier = new Notifier() {
            @Override
            public void info(String text) {
                infos.add(text);
            }

            @Override
            public void error(Problem problem) {
                failures.add(problem.englishText());
            }

            @Override
            public void failure(String text, Throwable cause) {
                failures.add(text + ": " + cause);
            }
        };
        model = new MilestoneReportViewModel(new MilestoneReports(database), Messages.english(), notifier,
                TaskRunner.inline(), JUNE_2026, SCREEN_DPI, "A. Petrov");
    }

    @AfterEach
    void close() {
        model.close();
        database.close();
    }

    @Test
    void openingWritesTheCurrentQuarterAndShowsItsFirstPageAtThePapersSize() {
        model.load();

        assertThat(failures).isEmpty();
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(model.reportProperty().get().options().preparedBy()).isEqualTo("A. Petrov");
        assertThat(model.pageTextBinding().get()).isEqualTo("Page 1 of " + model.pageCountProperty().get());
        // A4 is 210 mm wide: 8.27 inches, 794 pixels on a 96-dpi screen
        assertThat(model.pageImageProperty().get().getWidth()).isBetween(793, 795);
        assertThat(model.programmes()).hasSize(4);
        assertThat(model.baselines()).isNotEmpty();
    }

    @Test
    void zoomScalesThePictureAndPagesCanBeTurnedBothWays() {
        model.periodKindProperty().set(PeriodKind.YEAR);
        model.load();
        int pages = model.pageCountProperty().get();
        assertThat(pages).isGreaterThan(1);
        assertThat(model.canGoBackBinding().get()).isFalse();

        model.nextPage();
        assertThat(model.pageTextBinding().get()).isEqualTo("Page 2 of " + pages);
        assertThat(model.canGoBackBinding().get()).isTrue();
        model.lastPage();
        assertThat(model.canGoForwardBinding().get()).isFalse();
        model.nextPage();
        assertThat(model.pageProperty().get()).isEqualTo(pages - 1);
        model.firstPage();
        assertThat(model.pageProperty().get()).isZero();

        int actual = model.pageImageProperty().get().getWidth();
        model.zoomIn();
        model.zoomIn();
        assertThat(model.zoomTextBinding().get()).isEqualTo("156 %");
        assertThat(model.pageImageProperty().get().getWidth()).isBetween((int) (actual * 1.5625) - 2,
                (int) (actual * 1.5625) + 2);
        model.actualSize();
        assertThat(model.pageImageProperty().get().getWidth()).isEqualTo(actual);
    }

    @Test
    void everyOptionChangeWritesTheReportAgain() {
        model.load();

        model.languageProperty().set(ReportLanguage.RU);
        assertThat(model.reportProperty().get().options().language()).isEqualTo(ReportLanguage.RU);
        assertThat(model.reportProperty().get().groups()).extracting(group -> group.title()).contains("Россия");

        model.groupByProperty().set(GroupBy.PROGRAMME);
        assertThat(model.reportProperty().get().options().groupBy()).isEqualTo(GroupBy.PROGRAMME);

        model.includeCompletedProperty().set(false);
        assertThat(model.reportProperty().get().rows()).noneMatch(row -> row.percentComplete() >= 100);

        model.applyPrinterSheet(PageSetup.Paper.LETTER, true, 12);
        PageSetup page = model.reportProperty().get().options().page();
        assertThat(page).isEqualTo(new PageSetup(PageSetup.Paper.LETTER, true, 12));
        assertThat(model.pageImageProperty().get().getWidth()).isEqualTo(1056);
    }

    @Test
    void aProgrammeNarrowsTheReportAndOffersItsRoadmaps() {
        model.periodKindProperty().set(PeriodKind.YEAR);
        model.load();
        int all = model.reportProperty().get().rows().size();

        model.programmeProperty().set(model.programmes().getFirst());

        assertThat(model.roadmaps()).isNotEmpty();
        assertThat(model.reportProperty().get().programmes())
                .containsExactly(model.programmes().getFirst().programme().title());
        assertThat(model.reportProperty().get().rows().size()).isLessThan(all);
        model.roadmapProperty().set(model.roadmaps().getFirst());
        assertThat(model.reportProperty().get().options().roadmapIds())
                .containsExactly(model.roadmaps().getFirst().id());
        model.programmeProperty().set(null);
        assertThat(model.roadmaps()).isEmpty();
        assertThat(model.reportProperty().get().rows()).hasSize(all);
    }

    @Test
    void thePeriodMovesByItsKindAndAReversedCustomPeriodWritesNothing() {
        model.load();
        model.periodKindProperty().set(PeriodKind.HALF_YEAR);
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2026, 6, 30));
        model.shiftPeriod(1);
        assertThat(model.reportProperty().get().options().period().from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(model.reportProperty().get().options().periodKind()).isEqualTo(PeriodKind.HALF_YEAR);

        model.periodKindProperty().set(PeriodKind.CUSTOM);
        var before = model.reportProperty().get();
        model.toProperty().set(LocalDate.of(2026, 1, 1));

        assertThat(model.options()).isEmpty();
        assertThat(model.reportProperty().get()).isSameAs(before);
    }

    @Test
    void savingWritesThePreviewedPdfAndTheCsv(@TempDir Path folder) throws IOException {
        model.load();
        Path pdf = folder.resolve("report.pdf");
        Path csv = folder.resolve("report.csv");

        model.savePdf(pdf);
        model.saveCsv(csv);

        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8))
                .hasSize(model.reportProperty().get().rows().size() + 1);
        assertThat(infos).contains("Saved the milestone report as report.pdf.",
                "Saved the milestone report as report.csv.");
        assertThat(failures).isEmpty();
    }
}
