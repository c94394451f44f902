package org.coplan.service.port;

import java.util.List;
import java.util.UUID;
import org.coplan.service.ChangeRecord;

/** The change log written by every repository write; read by history views and, later, offline sync. */
public interface ChangeLogRepository {

    List<ChangeRecord> findByEntity(UUID entityId);

    long count();
}
