-- Offline sync (issue 6, ADR 0008): the change log becomes the replicated history of the plan.

-- Replica: its own gap-free change counter and Lamport clock; for other replicas, the prefix of their
-- changes held here (the seen-vector). The public key is filled once packages are signed (Ed25519).
ALTER TABLE replica ADD COLUMN last_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE replica ADD COLUMN lamport_clock BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE replica ADD COLUMN public_key VARBINARY(64);

-- Every change: (replica_id, replica_seq) names it on every replica; lamport orders it (ties by replica);
-- prior_* names the change of the same field it overwrote (absent for inserts and first changes).
ALTER TABLE change_log ADD COLUMN replica_seq BIGINT;
ALTER TABLE change_log ADD COLUMN lamport BIGINT;
ALTER TABLE change_log ADD COLUMN prior_replica_id UUID;
ALTER TABLE change_log ADD COLUMN prior_seq BIGINT;

-- Rows logged before V3 were all made here: number them per replica in log order, gap-free.
MERGE INTO change_log target
USING (SELECT seq, ROW_NUMBER() OVER (PARTITION BY replica_id ORDER BY seq) AS numbered FROM change_log) source
ON target.seq = source.seq
WHEN MATCHED THEN UPDATE SET replica_seq = source.numbered, lamport = source.numbered;
ALTER TABLE change_log ALTER COLUMN replica_seq SET NOT NULL;
ALTER TABLE change_log ALTER COLUMN lamport SET NOT NULL;
ALTER TABLE change_log ADD CONSTRAINT change_log_identity_unique UNIQUE (replica_id, replica_seq);

UPDATE replica SET last_seq = COALESCE((SELECT MAX(replica_seq) FROM change_log WHERE change_log.replica_id = replica.id), 0);
UPDATE replica SET lamport_clock = COALESCE((SELECT MAX(lamport) FROM change_log), 0);

-- What each peer has acknowledged (its seen-vector as its last package said): an export for peers only
-- carries what some of them have not seen.
CREATE TABLE replica_peer (
    peer_id    UUID   NOT NULL,
    replica_id UUID   NOT NULL,
    last_seq   BIGINT NOT NULL,
    CONSTRAINT replica_peer_pk PRIMARY KEY (peer_id, replica_id)
);

-- The losing side of concurrent changes of one field, kept until the user decides.
CREATE TABLE sync_conflict (
    id                UUID          NOT NULL PRIMARY KEY,
    entity_type       VARCHAR(40)   NOT NULL,
    entity_id         UUID          NOT NULL,
    field_name        VARCHAR(60)   NOT NULL,
    winner_replica_id UUID          NOT NULL,
    winner_seq        BIGINT        NOT NULL,
    loser_replica_id  UUID          NOT NULL,
    loser_seq         BIGINT        NOT NULL,
    loser_value       VARCHAR(100000),
    detected_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved          BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT sync_conflict_pair_unique UNIQUE (entity_id, field_name, loser_replica_id, loser_seq)
);
