package org.coplan.service.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
import org.coplan.service.sync.EntityRow;
import org.coplan.service.sync.ReplicaInfo;
import org.coplan.service.sync.SyncConflict;
import org.coplan.service.sync.VersionVector;

/**
 * The replicated side of the plan store, bound to one transaction: the change log as exchangeable changes,
 * rows as canonical field texts, the seen-vector and the conflicts. Rows written here are not logged again:
 * the changes that caused them are appended as they came.
 */
public interface SyncStore {

    ReplicaInfo localReplica();

    /** This replica's signing key and the public keys of the others. */
    ReplicaKeys keys();

    /** The open conflicts with both sides, and the user's decisions about them. */
    ConflictRecords conflictRecords();

    /** Every known replica with the prefix of its changes held here. */
    List<ReplicaInfo> replicas();

    VersionVector seen();

    /** What every peer that ever sent a package here has acknowledged; empty when none has. */
    VersionVector acknowledgedByPeers();

    /** What {@code peer} acknowledged in the last package it sent here; empty when it never sent one. */
    VersionVector acknowledgedBy(UUID peer);

    /** The changes not covered by {@code acknowledged}, in stamp order, inserts with their values filled in. */
    List<Change> changesAfter(VersionVector acknowledged);

    /** Which of {@code ids} are already held. */
    Set<ChangeId> held(Collection<ChangeId> ids);

    /** Every held change of each entity, in stamp order; an entity without changes is absent. */
    Map<UUID, List<Change>> changesOf(Collection<UUID> entityIds);

    /** The names of the entity kinds, parents before the kinds that refer to them. */
    List<String> entityTypes();

    /** The fields an entity kind has (columns and child collections), by their change-log names. */
    Set<String> fieldsOf(String entityType);

    /** The stored rows of these ids, by id; an id without a row is absent. */
    Map<UUID, EntityRow> rows(String entityType, Collection<UUID> ids);

    /** Every stored row of the kind. */
    List<EntityRow> rows(String entityType);

    /**
     * Makes the stored row say {@code fields}: inserted when absent, otherwise only differing fields written.
     *
     * @throws UnfitValueException when a text is not a value of its field
     */
    void writeRow(EntityRow row);

    /**
     * Inserts rows known to be absent, in the given order, in one batch.
     *
     * @throws UnfitValueException when a text is not a value of its field
     */
    void insertRows(String entityType, List<EntityRow> rows);

    void deleteRow(String entityType, UUID id);

    /** Records changes made elsewhere under their own identity; names the replicas first with {@link #knowReplica}. */
    void append(List<Change> changes);

    /** Registers a replica under its name, or renames it when its name changed. */
    void knowReplica(UUID id, String name);

    /** Extends each replica's held prefix over changes that have filled its gaps and moves the clock past all. */
    void advanceSeen();

    void acknowledge(UUID peer, VersionVector seen);

    void addConflicts(List<SyncConflict> conflicts);

    List<SyncConflict> conflicts();

    /** Some fields of every stored row of the kind, by id: the item tree or the link graph of the whole plan. */
    Map<UUID, Map<String, String>> columns(String entityType, Collection<String> fields);

    /**
     * Takes work items out of the tree for the rest of the transaction (no parent, a sibling group of their own),
     * so a merge can write their new places in any order without two siblings sharing a place meanwhile.
     */
    void detachItems(Collection<UUID> workItemIds);

    /**
     * Stores, for inserts made here and logged without values, the values the rows hold now: a merge is about
     * to write other values into these rows (ADR 0008), and an export must go on sending the values made here.
     */
    void pinInserts(String entityType, Collection<UUID> entityIds);

    /** Marks kept conflicts that a merge found no longer hold as settled. */
    void settleConflicts(Collection<UUID> conflictIds);
}
