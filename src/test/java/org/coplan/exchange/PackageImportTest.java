package org.coplan.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coplan.service.sample.SamplePlan;
import org.junit.jupiter.api.Test;

class PackageImportTest {

    @Test
    void aFullPackageOfTheSamplePlanMakesAnEmptyReplicaShowTheSamePlan() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            new SamplePlan(anna.database).load();

            ImportReport report = boris.importPackage(anna.export(true));

            assertThat(report.conflicts()).isEmpty();
            assertThat(report.inserted()).isPositive();
            assertThat(boris.dump()).isNotEmpty().isEqualTo(anna.dump());
        }
    }

    @Test
    void importingTheSamePackageTwiceChangesNothingTheSecondTime() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            new SamplePlan(anna.database).load();
            byte[] bytes = anna.export(true);
            boris.importPackage(bytes);
            List<String> once = boris.dump();

            ImportReport again = boris.importPackage(bytes);

            assertThat(again.applied()).isZero();
            assertThat(again.duplicates()).isEqualTo(again.received());
            assertThat(again.inserted() + again.updated() + again.deleted()).isZero();
            assertThat(boris.dump()).isEqualTo(once);
        }
    }
}
