package org.coplan.service.sample;

import static org.coplan.domain.DependencyType.SS;
import static org.coplan.domain.FundingSourceKind.NATIONAL_BUDGET;
import static org.coplan.domain.FundingSourceKind.OTHER;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coplan.domain.ApprovingAct;
import org.coplan.domain.DateRange;
import org.coplan.domain.Ids;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.Rank;

/**
 * The joint research of the Russian Academy of Sciences and the National Academy of Sciences of Belarus for
 * the technological sovereignty of the Union State (seed: the session of their interacademy council).
 */
final class UnionStateSample {

    private UnionStateSample() {
    }

    static SampleProgramme build(SampleReferences refs) {
        Programme programme = new Programme(Ids.newId(),
                "Interacademy programme on the technological sovereignty of the Union State",
                ProgrammeKind.JOINT_PROJECT,
                new ApprovingAct("Decision of the interacademy council of the RAS and the NAS of Belarus on the "
                        + "development of the Union State", null, null),
                new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31)), ProgrammeStatus.APPROVED,
                "Joint fundamental and exploratory research of Belarusian and Russian scientists for import "
                        + "substitution and technological sovereignty.",
                Set.of(refs.priorityArea("AI-SEC").id(), refs.priorityArea("GEN").id(),
                        refs.priorityArea("PHARM").id(), refs.priorityArea("LTCHEM").id(),
                        refs.priorityArea("INSTR").id(), refs.priorityArea("MECH").id(),
                        refs.priorityArea("POWER").id()),
                Set.of(refs.state("BY").id(), refs.state("RU").id()));

        SampleRoadmap roadmap = roadmap().build(programme.id(), Rank.initial(0), refs);

        return new SampleProgramme(programme, List.of(roadmap), List.of(
                FundingDraft.forProgramme(programme.id(), OTHER, null, "RUB", "Budget of the Union State", 2025,
                        180_000_000L, 260_000_000L, 280_000_000L, 260_000_000L, 150_000_000L),
                FundingDraft.forProgramme(programme.id(), NATIONAL_BUDGET, refs.state("BY").id(), "BYN",
                        "Republican budget of Belarus: state programmes of scientific research", 2025,
                        3_000_000L, 4_500_000L, 4_500_000L, 4_000_000L, 2_500_000L),
                FundingDraft.forProgramme(programme.id(), NATIONAL_BUDGET, refs.state("RU").id(), "RUB",
                        "Federal budget: state assignment of the RAS institutes", 2025,
                        90_000_000L, 140_000_000L, 150_000_000L, 140_000_000L, 90_000_000L),
                FundingDraft.forItem(roadmap.item("C2"), NATIONAL_BUDGET, refs.state("BY").id(), "BYN",
                        "Pilot plant equipment", 2026, 1_200_000L, 900_000L)));
    }

    private static RoadmapDraft roadmap() {
        RoadmapDraft d = new RoadmapDraft("Joint research plan 2025–2029",
                "Research blocks discussed at the session of the interacademy council.", "BY",
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 27));

        d.phase("A", null, "Fundamental science in artificial intelligence and information security")
                .lead("RU", "RAS").area("AI-SEC").with("BY");
        d.activity("A1", "A", "Trusted artificial intelligence methods for industrial control systems", 200);
        d.milestone("A2", "A", "Joint monograph on trusted artificial intelligence").after("A1")
                .delivers("Monograph");
        d.activity("A3", "A", "Cryptographic protection of industrial data", 180).after("A1", SS, 40);
        d.milestone("A4", "A", "Protected data exchange protocol tested").after("A3");

        d.phase("G", null, "Genetic technologies for healthcare and agriculture").lead("BY", "NASB").area("GEN")
                .with("RU");
        d.activity("G1", "G", "Genome editing of drought-resistant crop varieties", 250);
        d.activity("G2", "G", "Genetic diagnostics of hereditary diseases", 200).after("G1", SS, 30).slipped(20);
        d.milestone("G3", "G", "Diagnostic test systems registered").after("G2").delivers("Registered test systems");
        d.milestone("G4", "G", "New crop varieties submitted for state trials").after("G1");

        d.phase("P", null, "Pharmaceutics").lead("RU", "RAS").area("PHARM");
        d.activity("P1", "P", "Import-substituting active pharmaceutical ingredients", 220);
        d.activity("P2", "P", "Pilot production of the substances", 150).after("P1");
        d.milestone("P3", "P", "Substances ready for registration").after("P2").delivers("Registration dossiers");

        d.phase("C", null, "Low-tonnage chemistry").lead("BY", "NASB").area("LTCHEM");
        d.activity("C1", "C", "Catalysts and reagents for the chemical industry", 200);
        d.activity("C2", "C", "Pilot plant for low-tonnage chemical products", 160).after("C1").slipped(25);
        d.milestone("C3", "C", "Pilot plant commissioned").after("C2");

        d.phase("N", null, "Scientific instrument-making").lead("BY", "NASB").area("INSTR").with("RU");
        d.activity("N1", "N", "Joint design of electron microscopes and spectrometers", 180)
                .from(LocalDate.of(2025, 9, 1));
        d.activity("N2", "N", "Prototypes and their tests", 150).after("N1");
        d.milestone("N3", "N", "Prototypes accepted").after("N2").delivers("Acceptance certificates");

        d.phase("M", null, "Mechanical engineering: high-strength tools and materials").lead("BY", "NASB")
                .area("MECH");
        d.activity("M1", "M", "Superhard materials for cutting tools", 200);
        d.activity("M2", "M", "Tests at machine-building plants", 100).after("M1");
        d.milestone("M3", "M", "Tools recommended for serial production").after("M2");

        d.phase("E", null, "Power engineering").lead("RU", "RAS").area("POWER").with("BY");
        d.activity("E1", "E", "New green energy: hydrogen storage materials", 220);
        d.activity("E2", "E", "Deep hydrocarbon processing technologies", 200).from(LocalDate.of(2026, 1, 12));
        d.activity("E3", "E", "Modernization of conventional power engineering", 180).after("E2", SS, 60);
        d.milestone("E4", "E", "Technology proposals for the energy industry").after("E1").after("E3");

        d.phase("R", null, "Council sessions and reporting").lead("BY", "NASB").with("RU");
        d.milestone("R1", "R", "Session of the interacademy council 2025").from(LocalDate.of(2025, 11, 10));
        d.milestone("R2", "R", "Session of the interacademy council 2026").from(LocalDate.of(2026, 11, 9));
        d.milestone("R3", "R", "Session of the interacademy council 2027").from(LocalDate.of(2027, 11, 9));
        d.milestone("R4", "R", "Session of the interacademy council 2028").from(LocalDate.of(2028, 11, 9));
        d.activity("R5", "R", "Final report to the Standing Committee of the Union State", 40)
                .from(LocalDate.of(2029, 6, 1));
        d.milestone("R6", "R", "Programme completed").after("R5").delivers("Final report");
        return d;
    }
}
