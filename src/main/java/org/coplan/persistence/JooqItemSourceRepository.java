package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.ITEM_SOURCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.service.port.ItemSourceRepository;
import org.jooq.DSLContext;
import org.jooq.Query;

/** Source keys of imported items in table {@code item_source}; hints for the next import, not in the change log. */
final class JooqItemSourceRepository implements ItemSourceRepository {

    private static final int BATCH = 1_000;

    private final DSLContext dsl;

    JooqItemSourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<String, UUID> find(UUID roadmapId) {
        Map<String, UUID> keys = new HashMap<>();
        dsl.select(ITEM_SOURCE.SOURCE_KEY, ITEM_SOURCE.ITEM_ID).from(ITEM_SOURCE)
                .where(ITEM_SOURCE.ROADMAP_ID.eq(roadmapId))
                .forEach(row -> keys.put(row.value1(), row.value2()));
        return keys;
    }

    @Override
    public void putAll(UUID roadmapId, Map<String, UUID> keys) {
        List<Query> queries = new ArrayList<>(Math.min(keys.size(), BATCH));
        for (Map.Entry<String, UUID> key : keys.entrySet()) {
            queries.add(dsl.mergeInto(ITEM_SOURCE)
                    .using(dsl.selectOne())
                    .on(ITEM_SOURCE.ROADMAP_ID.eq(roadmapId).and(ITEM_SOURCE.SOURCE_KEY.eq(key.getKey())))
                    .whenMatchedThenUpdate().set(ITEM_SOURCE.ITEM_ID, key.getValue())
                    .whenNotMatchedThenInsert(ITEM_SOURCE.ROADMAP_ID, ITEM_SOURCE.SOURCE_KEY, ITEM_SOURCE.ITEM_ID)
                    .values(roadmapId, key.getKey(), key.getValue()));
            if (queries.size() == BATCH) {
                dsl.batch(queries).execute();
                queries.clear();
            }
        }
        if (!queries.isEmpty()) {
            dsl.batch(queries).execute();
        }
    }
}
