package org.coplan.exchange;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.UUID;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ReplicaInfo;
import org.coplan.service.sync.ReplicaKey;

/** Writes a {@link PlanPackage} in the format of docs/plan-package-format.md; {@link PackageReader} reads it back. */
public final class PackageWriter {

    private PackageWriter() {
    }

    /** Writes the package to {@code target} atomically: a reader sees the old file or the whole new one. */
    public static void write(PlanPackage plan, ReplicaKey signer, Path target) throws IOException {
        byte[] bytes = bytes(plan, signer);
        AtomicFile.write(target, out -> out.write(bytes));
    }

    /** The package's bytes, signed by {@code signer}, which must be the sender's key. */
    public static byte[] bytes(PlanPackage plan, ReplicaKey signer) {
        if (!signer.replica().equals(plan.sender().id())) {
            throw new IllegalArgumentException("a package is signed by its sender, not by " + signer);
        }
        try {
            byte[] content = content(plan);
            ByteArrayOutputStream file = new ByteArrayOutputStream(content.length + 64);
            DataOutputStream out = new DataOutputStream(file);
            out.write(PackageFormat.MAGIC);
            out.writeShort(plan.formatVersion());
            out.writeLong(content.length);
            out.write(content);
            out.flush();
            MessageDigest digest = MessageDigest.getInstance(PackageFormat.DIGEST_ALGORITHM);
            byte[] digested = digest.digest(file.toByteArray());
            out.write(digested);
            out.writeShort(PackageFormat.SIGNATURE_SECTION_LENGTH);
            out.write(signer.publicKey());
            out.write(PackageSigning.sign(signer, digested));
            out.flush();
            return file.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    private static byte[] content(PlanPackage plan) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 160 * plan.changes().size());
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeLong(plan.createdAt().getEpochSecond());
        out.writeInt(plan.createdAt().getNano());
        uuid(out, plan.sender().id());
        text(out, plan.sender().name());
        out.writeInt(plan.replicas().size());
        for (ReplicaInfo replica : plan.replicas()) {
            uuid(out, replica.id());
            text(out, replica.name());
            out.writeLong(replica.seen());
        }
        out.writeInt(plan.acknowledged().counts().size());
        for (Map.Entry<UUID, Long> entry : new java.util.TreeMap<>(plan.acknowledged().counts()).entrySet()) {
            uuid(out, entry.getKey());
            out.writeLong(entry.getValue());
        }
        out.writeInt(plan.changes().size());
        for (Change change : plan.changes()) {
            change(out, change);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static void change(DataOutputStream out, Change change) throws IOException {
        uuid(out, change.id().replica());
        out.writeLong(change.id().seq());
        out.writeLong(change.lamport());
        text(out, change.entityType());
        uuid(out, change.entityId());
        text(out, change.field());
        out.writeByte(switch (change.kind()) {
            case INSERT -> PackageFormat.KIND_INSERT;
            case UPDATE -> PackageFormat.KIND_UPDATE;
            case DELETE -> PackageFormat.KIND_DELETE;
        });
        nullableText(out, change.value());
        out.writeBoolean(change.prior() != null);
        if (change.prior() != null) {
            uuid(out, change.prior().replica());
            out.writeLong(change.prior().seq());
        }
        out.writeLong(change.changedAt().getEpochSecond());
        out.writeInt(change.changedAt().getNano());
        text(out, change.changedBy());
        out.writeInt(change.insertedValues().size());
        for (Map.Entry<String, String> field : change.insertedValues().entrySet()) {
            text(out, field.getKey());
            nullableText(out, field.getValue());
        }
    }

    private static void uuid(DataOutputStream out, UUID id) throws IOException {
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void nullableText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
        } else {
            text(out, text);
        }
    }
}
