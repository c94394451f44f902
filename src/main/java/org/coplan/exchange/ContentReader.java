package org.coplan.exchange;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.coplan.service.ChangeRecord;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
import org.coplan.service.sync.ReplicaInfo;
import org.coplan.service.sync.VersionVector;

/**
 * Reads the content section of a package whose digest has been checked. Every count and length is checked
 * against {@link PackageFormat}'s limits and the bytes left before anything is allocated for it.
 */
final class ContentReader {

    private final ByteBuffer in;
    private final String name;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    ContentReader(ByteBuffer in, String name) {
        this.in = in;
        this.name = name;
    }

    PlanPackage read(int version) {
        try {
            Instant createdAt = instant();
            ReplicaInfo sender = new ReplicaInfo(uuid(), text(), 0);
            int replicaCount = count(PackageFormat.MAX_REPLICAS, 16 + 4 + 8);
            List<ReplicaInfo> replicas = new ArrayList<>(replicaCount);
            for (int i = 0; i < replicaCount; i++) {
                replicas.add(new ReplicaInfo(uuid(), text(), nonNegative(in.getLong())));
            }
            int acknowledgedCount = count(PackageFormat.MAX_REPLICAS, 16 + 8);
            Map<UUID, Long> acknowledged = new HashMap<>();
            for (int i = 0; i < acknowledgedCount; i++) {
                acknowledged.put(uuid(), nonNegative(in.getLong()));
            }
            int changeCount = count(PackageFormat.MAX_CHANGES, 16 + 8 + 8 + 4 + 16 + 4 + 1 + 4 + 1 + 12 + 4 + 4);
            List<Change> changes = new ArrayList<>(changeCount);
            for (int i = 0; i < changeCount; i++) {
                changes.add(change());
            }
            if (in.hasRemaining()) {
                throw PackageReader.refused("exchange.refused.damaged-extra", name);
            }
            long ownSeen = replicas.stream().filter(r -> r.id().equals(sender.id())).mapToLong(ReplicaInfo::seen)
                    .findFirst().orElse(0);
            return new PlanPackage(version, createdAt, new ReplicaInfo(sender.id(), sender.name(), ownSeen), replicas,
                    new VersionVector(acknowledged), changes);
        } catch (BufferUnderflowException early) {
            throw PackageReader.refused("exchange.refused.damaged-end", name);
        }
    }

    private Change change() {
        ChangeId id = changeId();
        long lamport = nonNegative(in.getLong());
        String entityType = text();
        UUID entityId = uuid();
        String field = text();
        int kindCode = in.get();
        ChangeRecord.Kind kind = switch (kindCode) {
            case PackageFormat.KIND_INSERT -> ChangeRecord.Kind.INSERT;
            case PackageFormat.KIND_UPDATE -> ChangeRecord.Kind.UPDATE;
            case PackageFormat.KIND_DELETE -> ChangeRecord.Kind.DELETE;
            default -> throw PackageReader.refused("exchange.refused.damaged-kind", name, kindCode);
        };
        String value = nullableText();
        ChangeId prior = in.get() != 0 ? changeId() : null;
        Instant changedAt = instant();
        String changedBy = text();
        int fieldCount = count(PackageFormat.MAX_FIELDS, 8);
        TreeMap<String, String> inserted = new TreeMap<>();
        for (int i = 0; i < fieldCount; i++) {
            inserted.put(text(), nullableText());
        }
        try {
            return new Change(id, lamport, entityType, entityId, field, kind, value, inserted, prior, changedAt,
                    changedBy);
        } catch (IllegalArgumentException inconsistent) {
            throw PackageReader.refused("exchange.refused.damaged-change", name, id.replica(), id.seq());
        }
    }

    private ChangeId changeId() {
        UUID replica = uuid();
        long seq = in.getLong();
        if (seq < 1) {
            throw PackageReader.refused("exchange.refused.damaged-number", name, seq);
        }
        return new ChangeId(replica, seq);
    }

    private long nonNegative(long number) {
        if (number < 0) {
            throw PackageReader.refused("exchange.refused.damaged-number", name, number);
        }
        return number;
    }

    /** A count, refused when above {@code limit} or when the bytes left cannot hold that many entries. */
    private int count(int limit, int smallestEntry) {
        int count = in.getInt();
        if (count < 0 || count > limit || (long) count * smallestEntry > in.remaining()) {
            throw PackageReader.refused("exchange.refused.damaged-length", name, count);
        }
        return count;
    }

    private Instant instant() {
        long seconds = in.getLong();
        int nanos = in.getInt();
        try {
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException | ArithmeticException impossible) {
            throw PackageReader.refused("exchange.refused.damaged-number", name, seconds);
        }
    }

    private UUID uuid() {
        return new UUID(in.getLong(), in.getLong());
    }

    private String text() {
        String text = nullableText();
        if (text == null) {
            throw PackageReader.refused("exchange.refused.damaged-length", name, -1);
        }
        return text;
    }

    private String nullableText() {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > PackageFormat.MAX_STRING_BYTES || length > in.remaining()) {
            throw PackageReader.refused("exchange.refused.damaged-length", name, length);
        }
        ByteBuffer bytes = in.slice(in.position(), length);
        in.position(in.position() + length);
        try {
            CharBuffer chars = utf8.decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException malformed) {
            throw PackageReader.refused("exchange.refused.damaged-text", name);
        }
    }
}
