package org.coplan.service.sample;

import static org.coplan.domain.DependencyType.FF;
import static org.coplan.domain.DependencyType.FS;
import static org.coplan.domain.DependencyType.SS;
import static org.coplan.domain.FundingSourceKind.BUSINESS;
import static org.coplan.domain.FundingSourceKind.NATIONAL_BUDGET;
import static org.coplan.domain.FundingSourceKind.UNION_BUDGET;

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
 * The long-term framework programme for scientific and technological development of the EAEU that the
 * Commission was preparing (seed: Glazyev and Abdrakhmatov in Bishkek): priority areas, the legal and
 * financial base, joint large-scale high-tech projects, advanced training of researchers.
 */
final class FrameworkProgrammeSample {

    private FrameworkProgrammeSample() {
    }

    static SampleProgramme build(SampleReferences refs) {
        Programme programme = new Programme(Ids.newId(),
                "Framework programme for scientific and technological development of the EAEU for the long term",
                ProgrammeKind.FRAMEWORK_PROGRAMME,
                new ApprovingAct("Decision of the Board of the Eurasian Economic Commission", null, null),
                new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)), ProgrammeStatus.APPROVED,
                "Joint scientific and technological development of the member states in the priority areas "
                        + "approved by the Board of the Commission, with joint large-scale high-tech projects "
                        + "that can become symbols of Eurasian integration.",
                Set.of(refs.priorityArea("ICT").id(), refs.priorityArea("BIO").id(),
                        refs.priorityArea("PHARM").id(), refs.priorityArea("MECH").id(),
                        refs.priorityArea("POWER").id(), refs.priorityArea("INSTR").id()),
                Set.of(refs.state("AM").id(), refs.state("BY").id(), refs.state("KZ").id(), refs.state("KG").id(),
                        refs.state("RU").id()));

        SampleRoadmap roadmap = roadmap().build(programme.id(), Rank.initial(0), refs);

        return new SampleProgramme(programme, List.of(roadmap), List.of(
                FundingDraft.forProgramme(programme.id(), UNION_BUDGET, null, "RUB",
                        "Budget of the Eurasian Economic Union", 2025,
                        150_000_000L, 320_000_000L, 410_000_000L, 420_000_000L, 380_000_000L, 250_000_000L),
                FundingDraft.forProgramme(programme.id(), NATIONAL_BUDGET, refs.state("RU").id(), "RUB",
                        "Federal budget of the Russian Federation", 2025,
                        200_000_000L, 240_000_000L, 260_000_000L, 260_000_000L, 240_000_000L, 180_000_000L),
                FundingDraft.forProgramme(programme.id(), NATIONAL_BUDGET, refs.state("BY").id(), "BYN",
                        "Republican budget of Belarus", 2025,
                        6_500_000L, 8_000_000L, 9_000_000L, 9_000_000L, 8_000_000L, 6_000_000L),
                FundingDraft.forProgramme(programme.id(), NATIONAL_BUDGET, refs.state("KZ").id(), "KZT",
                        "Republican budget of Kazakhstan", 2025,
                        1_800_000_000L, 2_500_000_000L, 2_700_000_000L, 2_700_000_000L, 2_400_000_000L),
                FundingDraft.forProgramme(programme.id(), NATIONAL_BUDGET, refs.state("KG").id(), "KGS",
                        "Republican budget of the Kyrgyz Republic", 2025,
                        40_000_000L, 60_000_000L, 65_000_000L, 65_000_000L, 60_000_000L),
                FundingDraft.forProgramme(programme.id(), NATIONAL_BUDGET, refs.state("AM").id(), "AMD",
                        "State budget of Armenia", 2025,
                        900_000_000L, 1_200_000_000L, 1_300_000_000L, 1_300_000_000L, 1_100_000_000L),
                FundingDraft.forProgramme(programme.id(), BUSINESS, null, "USD",
                        "Co-financing by industrial partners of the joint projects", 2026,
                        1_500_000L, 3_000_000L, 4_500_000L, 4_500_000L, 3_000_000L),
                FundingDraft.forItem(roadmap.item("PB2"), UNION_BUDGET, null, "RUB",
                        "Equipment of the joint laboratory", 2025, 40_000_000L, 95_000_000L),
                FundingDraft.forItem(roadmap.item("PI2"), NATIONAL_BUDGET, refs.state("KZ").id(), "KZT",
                        "Backbone links of the national research network", 2025, 300_000_000L, 650_000_000L),
                FundingDraft.forItem(roadmap.item("T2"), UNION_BUDGET, null, "RUB",
                        "Courses and internships of the first cohort", 2025, 12_000_000L, 18_000_000L)));
    }

    private static RoadmapDraft roadmap() {
        RoadmapDraft d = new RoadmapDraft("Roadmap of the framework programme 2025–2030",
                "Stages of the framework programme as approved by the Board of the Commission.", "RU",
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 2, 26));

        d.phase("G", null, "Governance and priority areas").lead("RU", "EEC").area("ICT");
        d.activity("G1", "G", "Form working groups of the Scientific and Technical Council for each priority area",
                25).lead(null, "STC").with("AM", "BY", "KZ", "KG", "RU");
        d.activity("G2", "G", "Confirm the six priority areas of scientific and technical development", 30)
                .after("G1");
        d.milestone("G3", "G", "Priority areas confirmed by the Board of the Commission").after("G2")
                .delivers("Decision of the Board of the Commission on the priority areas");
        d.activity("G4", "G", "Adopt methodological recommendations on scientific and technical cooperation", 40)
                .after("G2", SS, 10).delivers("Advisory documents on methodological issues");
        d.milestone("G5", "G", "Methodological recommendations adopted").after("G4");

        d.phase("R", null, "Regulatory, legal and financial support").lead("KZ", "EEC");
        d.activity("R1", "R", "Draft the agreement on joint financing of scientific and technical cooperation", 60)
                .after("G3");
        d.activity("R2", "R", "Consult the member states on the draft agreement", 45).after("R1")
                .with("AM", "BY", "KG", "RU").slipped(15);
        d.activity("R3", "R", "Prepare co-financing rules for the national budgets", 40).after("R1", SS, 20)
                .lead(null, "MTI");
        d.milestone("R4", "R", "Agreement approved by the Eurasian Intergovernmental Council").after("R2")
                .after("R3").delivers("Agreement on financing of joint scientific and technical projects");

        d.phase("P", null, "Joint large-scale high-tech projects");
        d.phase("PC", "P", "Selection of the joint projects").lead("RU", "EEC");
        d.activity("PC1", "PC", "Collect proposals for joint projects from the member states", 40).after("G3")
                .with("AM", "BY", "KZ", "KG");
        d.activity("PC2", "PC", "Independent expert review of the proposals", 35).after("PC1").slipped(10);
        d.milestone("PC3", "PC", "List of joint large-scale high-tech projects approved").after("PC2")
                .delivers("List of joint projects that can become symbols of Eurasian integration");
        d.phase("PB", "P", "Biotechnology: joint laboratory of cell technologies").lead("BY", "NASB").area("BIO")
                .with("RU", "KZ");
        d.activity("PB1", "PB", "Feasibility study of the joint laboratory", 50).after("PC3");
        d.activity("PB2", "PB", "Equip the joint laboratory", 120).after("PB1").slipped(25);
        d.milestone("PB3", "PB", "Joint laboratory of cell technologies opened").after("PB2")
                .delivers("Laboratory accredited for joint research");
        d.activity("PB4", "PB", "Joint research on cell technologies", 240).after("PB3");
        d.phase("PM", "P", "Pharmacology and medicine: Eurasian platform for drug development").lead("RU", "RAS")
                .area("PHARM").with("BY", "AM");
        d.activity("PM1", "PM", "Agree common requirements for preclinical studies", 60).after("PC3");
        d.activity("PM2", "PM", "Joint preclinical studies of candidate drugs", 200).after("PM1");
        d.milestone("PM3", "PM", "Candidate drugs handed over to clinical trials").after("PM2")
                .delivers("Preclinical study reports");
        d.phase("PI", "P", "ICT: Eurasian research data network").lead("KZ", "NASRK").area("ICT")
                .with("KG", "AM");
        d.activity("PI1", "PI", "Design the network of research data centres", 45).after("PC3");
        d.activity("PI2", "PI", "Connect the national research and education networks", 160).after("PI1")
                .slipped(20);
        d.milestone("PI3", "PI", "Research data network in operation").after("PI2");
        d.phase("PE", "P", "Mechanical engineering technologies: high-strength tools and materials")
                .lead("BY", "NASB").area("MECH").with("RU");
        d.activity("PE1", "PE", "Joint research on high-strength tools and materials", 180).after("PC3");
        d.activity("PE2", "PE", "Pilot production at the Great Stone Industrial Park", 120).after("PE1")
                .lead(null, "GREAT-STONE");
        d.milestone("PE3", "PE", "Pilot batch of high-strength tools produced").after("PE2")
                .delivers("Pilot batch and test certificates");

        d.phase("T", null, "Advanced training of researchers").lead("KG", "ENU").from(LocalDate.of(2025, 9, 1));
        d.activity("T1", "T", "Launch the programme for advanced training of researchers", 30).lead(null, "EEC");
        d.activity("T2", "T", "Courses on the textbook \"Eurasian Economic Integration: Theory and Practice\"", 90)
                .after("T1");
        d.activity("T3", "T", "Internships at the Kyrgyz-Russian Technopark", 60).after("T2", SS, 30)
                .lead(null, "KRTP");
        d.milestone("T4", "T", "First cohort of researchers certified").after("T2").after("T3")
                .delivers("Certificates of the first cohort");
        d.activity("T5", "T", "Second cohort of researchers", 120).after("T4");
        d.milestone("T6", "T", "Second cohort certified").after("T5", FF, 0);

        d.phase("M", null, "Monitoring and reporting").lead("RU", "EEC");
        d.milestone("M1", "M", "Annual report to the Board of the Commission for 2025")
                .from(LocalDate.of(2026, 2, 16)).delivers("Annual report 2025");
        d.milestone("M2", "M", "Annual report to the Board of the Commission for 2026")
                .from(LocalDate.of(2027, 2, 15)).delivers("Annual report 2026");
        d.milestone("M3", "M", "Annual report to the Board of the Commission for 2027")
                .from(LocalDate.of(2028, 2, 14)).delivers("Annual report 2027");
        d.activity("M4", "M", "Mid-term evaluation of the framework programme", 60).from(LocalDate.of(2028, 3, 1));
        d.milestone("M5", "M", "Mid-term evaluation approved").after("M4").delivers("Mid-term evaluation report");
        d.milestone("M6", "M", "Annual report to the Board of the Commission for 2028")
                .from(LocalDate.of(2029, 2, 14)).delivers("Annual report 2028");
        d.milestone("M7", "M", "Annual report to the Board of the Commission for 2029")
                .from(LocalDate.of(2030, 2, 14)).delivers("Annual report 2029");
        d.activity("M8", "M", "Final evaluation of the framework programme", 60).from(LocalDate.of(2030, 9, 2));
        d.milestone("M9", "M", "Final report to the Supreme Eurasian Economic Council").after("M8", FS, 0)
                .delivers("Final report");
        return d;
    }
}
