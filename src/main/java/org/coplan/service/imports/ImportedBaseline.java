package org.coplan.service.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A baseline saved in the file (MS Project's Baseline, Baseline1 … Baseline10 are slots 0 … 10, as Coplan's):
 * each task's saved start, finish and duration, the task named by its {@code sourceId}; {@code takenOn} is
 * when it was saved, {@code null} where the file does not say.
 */
public record ImportedBaseline(int slot, LocalDate takenOn, List<Entry> entries) {

    public ImportedBaseline {
        entries = List.copyOf(entries);
    }

    public record Entry(String sourceId, LocalDate start, LocalDate finish, int durationDays) {

        public Entry {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(finish, "finish");
        }
    }
}
