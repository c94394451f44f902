package org.coplan.service.imports;

/**
 * What an import did to the roadmap's items: {@code added} new ones, {@code changed} items already there (matched
 * by the file's ids, or moved or rescheduled by the update), {@code removed} ones it had made before that the file no longer has, and
 * {@code kept} items made in Coplan that the file knows nothing of, left in place. A new roadmap only adds.
 */
public record ImportChanges(int added, int changed, int removed, int kept) {

    public static ImportChanges created(int items) {
        return new ImportChanges(items, 0, 0, 0);
    }

    public boolean none() {
        return added == 0 && changed == 0 && removed == 0;
    }
}
