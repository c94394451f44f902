package org.coplan.service.sample;

import static org.coplan.domain.DependencyType.SS;
import static org.coplan.domain.FundingSourceKind.BUSINESS;
import static org.coplan.domain.FundingSourceKind.NATIONAL_BUDGET;

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
 * Russia's 2025 Concept for International Scientific and Technical Cooperation (executive order No. 1218-r
 * of 16 May 2025): mega-science facilities, competitions and mobility, international organisations, a
 * single scientific and technological space of the CIS.
 */
final class ConceptSample {

    private ConceptSample() {
    }

    static SampleProgramme build(SampleReferences refs) {
        Programme programme = new Programme(Ids.newId(),
                "Concept for International Scientific and Technical Cooperation of the Russian Federation",
                ProgrammeKind.CONCEPT,
                new ApprovingAct("Executive order", "1218-r", LocalDate.of(2025, 5, 16)),
                new DateRange(LocalDate.of(2025, 5, 16), LocalDate.of(2030, 12, 31)), ProgrammeStatus.IN_FORCE,
                "Expanding and deepening cooperation with friendly and neutral states; favourable conditions for "
                        + "Russian and foreign scientists; mega-science facilities; a single scientific and "
                        + "technological space of the CIS.",
                Set.of(refs.priorityArea("INSTR").id(), refs.priorityArea("AI-SEC").id(),
                        refs.priorityArea("POWER").id(), refs.priorityArea("GEN").id()),
                Set.of(refs.state("RU").id(), refs.state("AM").id(), refs.state("BY").id(), refs.state("KZ").id(),
                        refs.state("KG").id(), refs.state("UZ").id(), refs.state("CU").id(), refs.state("IR").id(),
                        refs.state("CN").id()));

        SampleRoadmap roadmap = roadmap().build(programme.id(), Rank.initial(0), refs);

        return new SampleProgramme(programme, List.of(roadmap), List.of(
                FundingDraft.forProgramme(programme.id(), NATIONAL_BUDGET, refs.state("RU").id(), "RUB",
                        "Federal budget: international scientific and technical cooperation", 2025,
                        800_000_000L, 1_600_000_000L, 1_900_000_000L, 2_100_000_000L, 2_100_000_000L,
                        2_000_000_000L),
                FundingDraft.forProgramme(programme.id(), BUSINESS, null, "RUB",
                        "Co-financing by Russian companies of joint research with foreign partners", 2026,
                        150_000_000L, 250_000_000L, 300_000_000L, 300_000_000L, 300_000_000L),
                FundingDraft.forItem(roadmap.item("I2"), NATIONAL_BUDGET, refs.state("RU").id(), "RUB",
                        "Operation of the facility for foreign user groups", 2025, 120_000_000L, 380_000_000L),
                FundingDraft.forItem(roadmap.item("E3"), NATIONAL_BUDGET, refs.state("RU").id(), "RUB",
                        "Mobility grants", 2025, 30_000_000L, 90_000_000L)));
    }

    private static RoadmapDraft roadmap() {
        RoadmapDraft d = new RoadmapDraft("Plan for implementing the concept",
                "Measures of the federal executive bodies, the Russian Academy of Sciences and the scientific "
                        + "organizations.", "RU", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 5, 30));

        d.phase("I", null, "Research infrastructure and mega-science facilities").lead("RU", "MINOBRNAUKI")
                .area("INSTR");
        d.activity("I1", "I", "Rules of access for foreign scientists to mega-science facilities", 45);
        d.activity("I2", "I", "International user programme at the NICA collider", 200).after("I1")
                .lead(null, "JINR").with("BY", "KZ", "AM", "CN");
        d.milestone("I3", "I", "First international experiments at mega-science facilities").after("I2")
                .delivers("Experiment programme with foreign groups");
        d.activity("I4", "I", "Assess the needs of friendly states for joint research infrastructure", 60)
                .after("I1", SS, 20);
        d.activity("I5", "I", "Agreements on joint use of research infrastructure", 90).after("I4").slipped(15)
                .with("UZ", "IR");
        d.milestone("I6", "I", "Agreements on joint use signed").after("I5");

        d.phase("E", null, "Competitions, exchanges and academic mobility").lead("RU", "MINOBRNAUKI")
                .from(LocalDate.of(2025, 9, 1));
        d.activity("E1", "E", "Joint scientific and educational competitions with states of Asia, Africa, the "
                + "Middle East and Latin America", 60).with("CN", "IR", "CU");
        d.activity("E2", "E", "Scientific exchanges: first round", 120).after("E1");
        d.activity("E3", "E", "Academic mobility grants for young scientists", 150).after("E1", SS, 30)
                .slipped(10);
        d.milestone("E4", "E", "First round of exchanges completed").after("E2").after("E3");
        d.activity("E5", "E", "Scientific exchanges: second round", 120).after("E4");
        d.milestone("E6", "E", "Second round of exchanges completed").after("E5");

        d.phase("O", null, "Cooperation with international organisations").lead("RU", "MINOBRNAUKI");
        d.activity("O1", "O", "Joint work plans with UNESCO, UNIDO, the IAEA and the WHO", 60);
        d.activity("O2", "O", "Contributions to the BRICS working group on science, technology and innovation", 90)
                .after("O1", SS, 20).with("CN");
        d.activity("O3", "O", "Proposals for the research and innovation agenda of the G20", 45).after("O1");
        d.activity("O4", "O", "Cooperation programme with the Organisation of Islamic Cooperation", 60)
                .after("O3").with("IR");
        d.milestone("O5", "O", "Cooperation plans agreed with the international organisations").after("O2")
                .after("O4");

        d.phase("S", null, "Single scientific and technological space of the CIS").lead("RU", "RAS")
                .with("AM", "BY", "KZ", "KG", "UZ").from(LocalDate.of(2026, 1, 12));
        d.activity("S1", "S", "Coordinated policy on the priority areas of science and technology", 90);
        d.activity("S2", "S", "Interstate programmes uniting the scientific potential of the Commonwealth", 200)
                .after("S1").area("AI-SEC");
        d.milestone("S3", "S", "Interstate programmes approved by the CIS Council of Heads of Government")
                .after("S2").delivers("Interstate programmes");

        d.phase("D", null, "Dialogue with the scientific community, business and civic institutions")
                .lead("RU", "MINOBRNAUKI");
        d.activity("D1", "D", "Forum on best practices of international cooperation 2026", 3)
                .from(LocalDate.of(2026, 6, 1));
        d.activity("D2", "D", "Forum on best practices of international cooperation 2027", 3)
                .from(LocalDate.of(2027, 6, 1));
        d.activity("D3", "D", "Forum on best practices of international cooperation 2028", 3)
                .from(LocalDate.of(2028, 6, 1));
        d.activity("D4", "D", "Forum on best practices of international cooperation 2029", 3)
                .from(LocalDate.of(2029, 6, 1));
        d.activity("D5", "D", "Report to the Government on implementing the concept", 40)
                .from(LocalDate.of(2029, 9, 3));
        d.milestone("D6", "D", "Report submitted to the Government").after("D5").delivers("Report");
        d.activity("D7", "D", "Update the concept", 60).after("D6").from(LocalDate.of(2030, 3, 4));
        d.milestone("D8", "D", "Updated concept submitted").after("D7").delivers("Draft updated concept");
        return d;
    }
}
