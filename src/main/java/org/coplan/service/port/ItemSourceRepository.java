package org.coplan.service.port;

import java.util.Map;
import java.util.UUID;

/**
 * Which item of a roadmap each task of an imported plan file became, keyed by the file's own identity of the
 * task (see {@code service.imports.ImportedItem#sourceKey}). Not entities: local hints for the next import, not synced,
 * not in the change log; a key naming an item that no longer exists is no match.
 */
public interface ItemSourceRepository {

    /** Every source key recorded for the roadmap, with the item it names. */
    Map<String, UUID> find(UUID roadmapId);

    /** Records (or re-points) the keys; keys not given stay as they were. */
    void putAll(UUID roadmapId, Map<String, UUID> keys);
}
