package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.PLAN_SETTING;
import static org.coplan.persistence.generated.Tables.REPLICA;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.coplan.domain.Ids;
import org.coplan.service.ChangeAuthor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Which replica this database is. The first opening registers one in table {@code replica} (named after the
 * user and the computer) and remembers its id in {@code plan_setting}; later openings, by anyone, keep it.
 * The setting says which row is this database's own once sync also records the replicas of others.
 */
final class ReplicaIdentity {

    static final String SETTING = "local-replica-id";

    private static final int MAX_NAME = 200;

    private ReplicaIdentity() {
    }

    /** The author of this session: the proposed user with the database's own replica id. */
    static ChangeAuthor register(DSLContext database, ChangeAuthor proposed, Clock clock) {
        return database.transactionResult(configuration -> {
            DSLContext dsl = configuration.dsl();
            Optional<String> stored = new JooqSettingRepository(dsl).get(SETTING);
            if (stored.isPresent()) {
                return proposed.withReplicaId(UUID.fromString(stored.get()));
            }
            String name = proposed.userName() + "@" + hostName();
            dsl.insertInto(REPLICA).set(REPLICA.ID, proposed.replicaId())
                    .set(REPLICA.NAME, name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name)
                    .set(REPLICA.CREATED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).execute();
            dsl.insertInto(PLAN_SETTING).set(PLAN_SETTING.SETTING_NAME, SETTING)
                    .set(PLAN_SETTING.SETTING_VALUE, proposed.replicaId().toString()).execute();
            return proposed;
        });
    }

    /**
     * Makes the database a new replica after a backup was restored over it: the restored plan's counter is
     * behind what peers have already received from the old identity, and numbering again from there would give
     * two different changes the same name. The Lamport clock goes on from the restored plan's.
     */
    static ChangeAuthor startNew(DSLContext database, ChangeAuthor author, Clock clock) {
        UUID fresh = Ids.newId(clock);
        return database.transactionResult(configuration -> {
            DSLContext dsl = configuration.dsl();
            Long lamport = dsl.select(DSL.max(REPLICA.LAMPORT_CLOCK)).from(REPLICA).fetchOne(0, Long.class);
            String name = author.userName() + "@" + hostName();
            dsl.insertInto(REPLICA).set(REPLICA.ID, fresh)
                    .set(REPLICA.NAME, name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name)
                    .set(REPLICA.CREATED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .set(REPLICA.LAMPORT_CLOCK, lamport == null ? 0L : lamport).execute();
            new JooqSettingRepository(dsl).put(SETTING, fresh.toString());
            return author.withReplicaId(fresh);
        });
    }

    private static String hostName() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            // a computer without a resolvable name still gets a usable replica name
            return "localhost";
        }
    }
}
