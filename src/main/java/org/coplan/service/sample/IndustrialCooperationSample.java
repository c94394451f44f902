package org.coplan.service.sample;

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
 * The main directions of industrial cooperation of the EAEU member states until 2030 and the action plan
 * for implementing them (seeds: the Kazakh Ministry of Trade and Integration on the draft directions, and
 * Sidorsky on the greater Eurasian Partnership and the Belt and Road Initiative).
 */
final class IndustrialCooperationSample {

    private IndustrialCooperationSample() {
    }

    static SampleProgramme build(SampleReferences refs) {
        Programme programme = new Programme(Ids.newId(),
                "Main directions of industrial cooperation of the EAEU member states until 2030",
                ProgrammeKind.STRATEGY,
                new ApprovingAct("Decision of the Eurasian Intergovernmental Council", null, null),
                new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)), ProgrammeStatus.IN_FORCE,
                "Goals, objectives, directions and instruments of industrial cooperation: advanced growth of "
                        + "industrial production, localization of joint production, support of cooperation "
                        + "projects, including financial assistance at the expense of the EAEU budget.",
                Set.of(refs.priorityArea("MECH").id(), refs.priorityArea("ICT").id(),
                        refs.priorityArea("PLASMA").id(), refs.priorityArea("POWER").id()),
                Set.of(refs.state("AM").id(), refs.state("BY").id(), refs.state("KZ").id(), refs.state("KG").id(),
                        refs.state("RU").id(), refs.state("CN").id()));

        SampleRoadmap roadmap = roadmap().build(programme.id(), Rank.initial(0), refs);

        return new SampleProgramme(programme, List.of(roadmap), List.of(
                FundingDraft.forProgramme(programme.id(), UNION_BUDGET, null, "RUB",
                        "Financial assistance for joint cooperation projects from the EAEU budget", 2025,
                        300_000_000L, 1_200_000_000L, 1_500_000_000L, 1_500_000_000L, 1_400_000_000L,
                        1_000_000_000L),
                FundingDraft.forProgramme(programme.id(), NATIONAL_BUDGET, refs.state("KZ").id(), "KZT",
                        "Industrial development support of Kazakhstan", 2025,
                        5_000_000_000L, 8_000_000_000L, 9_000_000_000L, 9_000_000_000L, 8_000_000_000L,
                        6_000_000_000L),
                FundingDraft.forProgramme(programme.id(), NATIONAL_BUDGET, refs.state("BY").id(), "BYN",
                        "Support of the Great Stone Industrial Park", 2025,
                        25_000_000L, 40_000_000L, 45_000_000L, 40_000_000L),
                FundingDraft.forProgramme(programme.id(), BUSINESS, null, "USD",
                        "Investments of the residents and participants of the cooperation projects", 2025,
                        20_000_000L, 60_000_000L, 95_000_000L, 120_000_000L, 110_000_000L, 90_000_000L),
                FundingDraft.forItem(roadmap.item("F4"), UNION_BUDGET, null, "RUB",
                        "Interest-rate subsidies, first selection", 2026, 900_000_000L, 250_000_000L),
                FundingDraft.forItem(roadmap.item("F6"), UNION_BUDGET, null, "RUB",
                        "Interest-rate subsidies, second selection", 2027, 700_000_000L, 800_000_000L),
                FundingDraft.forItem(roadmap.item("CK3"), NATIONAL_BUDGET, refs.state("RU").id(), "RUB",
                        "Construction of the first stage of the technology valley", 2026,
                        2_500_000_000L, 3_000_000_000L)));
    }

    private static RoadmapDraft roadmap() {
        RoadmapDraft d = new RoadmapDraft("Action plan for the implementation of the main directions",
                "Measures of the Commission and the member states, taking into account the position of the "
                        + "Kazakh side.", "KZ", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 1, 30));

        d.phase("L", null, "Localization of joint production").lead("KZ", "MTI").area("MECH");
        d.activity("L1", "L", "Inventory of the production capacities of the member states", 50)
                .with("AM", "BY", "KG", "RU");
        d.activity("L2", "L", "Identify priority economic activities for industrial interaction", 40).after("L1");
        d.activity("L3", "L", "Agree localization targets for joint production", 45).after("L2").lead(null, "EEC")
                .slipped(15);
        d.milestone("L4", "L", "Localization targets agreed by the Eurasian Intergovernmental Council")
                .after("L3").delivers("Agreed localization targets by industry");

        d.phase("F", null, "Financial assistance from the EAEU budget").lead("RU", "EEC").area("MECH");
        d.activity("F1", "F", "Adopt the rules for subsidizing interest rates on loans for cooperation projects",
                50);
        d.milestone("F2", "F", "Financial assistance mechanism launched").after("F1")
                .delivers("Interest-rate subsidy rules in force");
        d.activity("F3", "F", "First selection of joint cooperation projects", 40).after("F2").with("KZ", "BY");
        d.activity("F4", "F", "Subsidize interest rates of the first selected projects", 200).after("F3");
        d.activity("F5", "F", "Second selection of joint cooperation projects", 40).from(LocalDate.of(2027, 2, 1))
                .with("AM", "KG");
        d.activity("F6", "F", "Subsidize interest rates of the second selected projects", 300).after("F5");
        d.activity("F7", "F", "Review the effect of the mechanism on output and jobs", 40).after("F6", SS, 150);
        d.milestone("F8", "F", "Review submitted to the Council of the Commission").after("F7")
                .delivers("Review of the financial assistance mechanism");

        d.phase("C", null, "Joint cooperation projects");
        d.phase("CG", "C", "Great Stone Industrial Park").lead("BY", "GREAT-STONE").area("MECH").with("CN");
        d.activity("CG1", "CG", "Select resident companies for joint production", 40).after("L2");
        d.activity("CG2", "CG", "Build shared testing and certification facilities", 160).after("CG1").slipped(30);
        d.milestone("CG3", "CG", "First joint production lines started").after("CG2")
                .delivers("Joint production lines of the residents");
        d.phase("CK", "C", "Krasnoyarsk Technology Valley").lead("RU", "KTV").area("ICT");
        d.activity("CK1", "CK", "Agree the specialization of the technology valley with the partner states", 30)
                .after("L2").with("KZ", "BY");
        d.activity("CK2", "CK", "Engineering and design of the first stage", 120).after("CK1");
        d.activity("CK3", "CK", "Construction of the first stage", 250).after("CK2");
        d.milestone("CK4", "CK", "First stage of the technology valley opened").after("CK3");
        d.phase("CZ", "C", "Kazakhstani initiatives on major industrial projects").lead("KZ", "MTI");
        d.activity("CZ1", "CZ", "Metallurgy projects: feasibility assessments", 60).after("L2").area("MECH");
        d.activity("CZ2", "CZ", "Light industry projects: search for partners in the member states", 45)
                .after("L2", SS, 10);
        d.activity("CZ3", "CZ", "Radioelectronics projects: joint design centre", 150).after("CZ1").area("ICT")
                .slipped(20);
        d.milestone("CZ4", "CZ", "Investment decisions on the 50 industrial initiatives").after("CZ2")
                .after("CZ3").delivers("Investment decisions");

        d.phase("D", null, "Single industrial and agricultural digital space").lead("AM", "EEC").area("ICT")
                .from(LocalDate.of(2025, 6, 2));
        d.activity("D1", "D", "Concept of the single industrial and agricultural digital space", 60);
        d.activity("D2", "D", "Pilot of a cross-sectoral platform for virtual development and testing of "
                + "next-generation products", 180).after("D1").with("RU", "BY");
        d.milestone("D3", "D", "Platform pilot accepted").after("D2");
        d.activity("D4", "D", "Connect the national industrial information systems", 200).after("D3");
        d.milestone("D5", "D", "Digital space in operation").after("D4").delivers("Common digital services");

        d.phase("B", null, "Alignment with the Belt and Road Initiative").lead("RU", "EEC").area("POWER")
                .with("CN");
        d.activity("B1", "B", "Conference \"Integration of the greater Eurasian Partnership and the Belt and Road "
                + "Initiative\"", 2).from(LocalDate.of(2025, 6, 16));
        d.activity("B2", "B", "Joint programme on plasma technologies and energy saving", 200).after("B1")
                .area("PLASMA").lead("CN", "CAS");
        d.activity("B3", "B", "Environmental security projects along the Silk Road", 150).after("B2", SS, 60);
        d.milestone("B4", "B", "Joint Eurasian–Chinese high-tech projects agreed").after("B2").after("B3");

        d.phase("R", null, "Monitoring of implementation").lead("KZ", "EEC");
        d.milestone("R1", "R", "Report on implementation in 2025").from(LocalDate.of(2026, 3, 2));
        d.milestone("R2", "R", "Report on implementation in 2026").from(LocalDate.of(2027, 3, 1));
        d.milestone("R3", "R", "Report on implementation in 2027").from(LocalDate.of(2028, 3, 1));
        d.milestone("R4", "R", "Report on implementation in 2028").from(LocalDate.of(2029, 3, 1));
        d.milestone("R5", "R", "Report on implementation in 2029").from(LocalDate.of(2030, 3, 1));
        d.activity("R6", "R", "Prepare the main directions for the period after 2030", 90)
                .from(LocalDate.of(2030, 3, 4));
        d.milestone("R7", "R", "Draft main directions after 2030 submitted").after("R6")
                .delivers("Draft main directions of industrial cooperation after 2030");
        return d;
    }
}
