package org.coplan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.coplan.domain.Ids;
import org.coplan.l10n.Messages;
import org.coplan.service.sync.VersionVector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The files in {@code bad/} (written by make_bad_packages.py there) each break one rule of the format or of the
 * plan; each is refused with the message about that rule, and the plan, its history and its seen-vector are as
 * they were.
 */
class BadPackagesTest {

    private static TestReplica replica;

    @BeforeAll
    static void storeAPlan() {
        replica = new TestReplica("anna");
        SmallPlan.store(replica.database, 3);
    }

    @AfterAll
    static void close() {
        replica.close();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(BadPackagesTest.class.getResource(name).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-package", "newer-version", "bad-version", "too-large", "truncated",
        "trailing-data", "digest-mismatch", "bad-signature-length", "unsigned", "bad-signature", "damaged-end",
        "damaged-extra", "damaged-kind",
        "damaged-change", "damaged-number", "damaged-length", "damaged-text", "unnamed-replica", "unknown-type",
        "unknown-field", "bad-value", "breaks-rule"})
    void aBadPackageIsRefusedWithItsOwnReasonAndThePlanIsUntouched(String fault) throws URISyntaxException {
        Path file = resource("bad/" + fault + ".coplan");
        List<String> dumpBefore = replica.dump();
        VersionVector seenBefore = replica.database.readSync(store -> store.seen());
        long logBefore = replica.database.read(store -> store.changeLog().count());

        assertThatThrownBy(() -> new PackageImport(replica.database, Ids::newId).apply(PackageReader.read(file), false))
                .isInstanceOfSatisfying(PackageRefusedException.class, refused -> {
                    assertThat(refused.problem().key()).isEqualTo("exchange.refused." + fault);
                    assertThat(Messages.english().text(refused.problem())).doesNotContain("{");
                });

        assertThat(replica.dump()).isEqualTo(dumpBefore);
        VersionVector seenAfter = replica.database.readSync(store -> store.seen());
        long logAfter = replica.database.read(store -> store.changeLog().count());
        assertThat(seenAfter).isEqualTo(seenBefore);
        assertThat(logAfter).isEqualTo(logBefore);
    }

    @Test
    void aPackageWrittenByAnotherImplementationOfTheFormatIsImported() throws URISyntaxException {
        try (TestReplica empty = new TestReplica("boris")) {
            ImportReport report = new PackageImport(empty.database, Ids::newId)
                    .apply(PackageReader.read(resource("good-programme.coplan")), false);

            assertThat(report.inserted()).isEqualTo(1);
            assertThat(empty.dump()).contains(
                    "programme/01930000-0000-7000-8000-000000000001/title=\"Programme\"",
                    "programme/01930000-0000-7000-8000-000000000001/period_finish=\"2027-12-31\"");
        }
    }

    @Test
    void aFileThatIsNotThereIsRefusedByName() {
        Path missing = Path.of("no-such-package.coplan");

        assertThatThrownBy(() -> PackageReader.read(missing))
                .isInstanceOfSatisfying(PackageRefusedException.class, refused ->
                        assertThat(refused.problem().key()).isEqualTo("exchange.refused.no-file"));
    }
}
