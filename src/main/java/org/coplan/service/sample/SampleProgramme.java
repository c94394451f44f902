package org.coplan.service.sample;

import java.util.List;
import org.coplan.domain.FundingLine;
import org.coplan.domain.Programme;

/** One programme of the sample with its roadmaps and every funding line (the programme's and its items'). */
record SampleProgramme(Programme programme, List<SampleRoadmap> roadmaps, List<FundingLine> funding) {

    SampleProgramme {
        roadmaps = List.copyOf(roadmaps);
        funding = List.copyOf(funding);
    }
}
