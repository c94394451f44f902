package org.coplan.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.DataUtils;

/**
 * Points the header of an H2 file that was not closed cleanly at its newest complete chunk, before H2 opens it.
 *
 * <p>Why: H2 2.x (2.3.232 to 2.5.252) writes each commit as a chunk and records in every chunk where the next
 * one is expected. When a chunk lands elsewhere (in space freed earlier), H2 rewrites the file header, but with
 * the previous chunk, whose prediction is the wrong one. After a kill or power cut its recovery follows that
 * prediction, finds nothing, and opens the database as of the previous chunk: every commit since is dropped,
 * although it is on disk (docs/decisions/0009-h2-recovery-gap.md has the measurements). The repair scans the
 * file for chunks whose header and checksummed footer agree and names the newest in the file header; H2's own
 * recovery then checks that chunk and everything it refers to, as it would have done.
 */
final class StoreHeaderRepair {

    private static final int BLOCK_SIZE = 4096;
    private static final int FOOTER_LENGTH = 128;
    private static final int HEADER_BLOCKS = 2;
    private static final int SCAN_BUFFER_BLOCKS = 256;

    /** What the header said before a repair, so that the caller can put it back if H2 refuses the result. */
    record Repair(Path file, byte[] previousHeader, long fromVersion, long toVersion) {

        void undo() throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                writeFully(channel, ByteBuffer.wrap(previousHeader), 0);
                channel.force(true);
            }
        }
    }

    private record ChunkMark(int id, long block, long version, long time) {
    }

    private StoreHeaderRepair() {
    }

    /**
     * Repairs the header of {@code file} when needed; empty when the file is missing, was closed cleanly, is in
     * use by another process, cannot be written, or already names its newest chunk.
     */
    static Optional<Repair> repairIfNeeded(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isWritable(file) || Files.size(file) < HEADER_BLOCKS * BLOCK_SIZE) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                return Optional.empty();
            }
            return repair(file, channel);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    private static Optional<Repair> repair(Path file, FileChannel channel) throws IOException {
        byte[] headerBlocks = new byte[HEADER_BLOCKS * BLOCK_SIZE];
        readFully(channel, ByteBuffer.wrap(headerBlocks), 0);
        Map<String, String> header = newestValidHeader(headerBlocks);
        if (header == null || header.containsKey("clean") || !header.containsKey("version")) {
            return Optional.empty();
        }
        long headerVersion = DataUtils.parseHexLong(header.get("version"));
        long headerBlock = DataUtils.parseHexLong(header.getOrDefault("block", "0"));
        ChunkMark named = headerBlock >= HEADER_BLOCKS ? chunkAt(channel, headerBlock) : null;
        long notBefore = named == null ? Long.MIN_VALUE : named.time();

        ChunkMark newest = newestChunk(channel);
        // a chunk with a later version but an earlier time is a leftover of a history that a recovery before this
        // repair existed already gave up; the time orders what was written, the version breaks ties
        if (newest == null || newest.version() <= headerVersion || newest.time() < notBefore) {
            return Optional.empty();
        }
        HashMap<String, Object> repaired = new HashMap<>(header);
        repaired.remove("fletcher");
        repaired.put("block", newest.block());
        repaired.put("chunk", newest.id());
        repaired.put("version", newest.version());
        writeFully(channel, ByteBuffer.wrap(headerBlocks(repaired)), 0);
        channel.force(true);
        return Optional.of(new Repair(file, headerBlocks, headerVersion, newest.version()));
    }

    private static Map<String, String> newestValidHeader(byte[] headerBlocks) {
        Map<String, String> newest = null;
        for (int i = 0; i < HEADER_BLOCKS; i++) {
            Map<String, String> copy = checksummedMap(headerBlocks, i * BLOCK_SIZE, BLOCK_SIZE);
            if (copy != null && (newest == null || version(copy) > version(newest))) {
                newest = copy;
            }
        }
        return newest;
    }

    private static long version(Map<String, String> map) {
        return DataUtils.parseHexLong(map.getOrDefault("version", "0"));
    }

    private static ChunkMark newestChunk(FileChannel channel) throws IOException {
        long blocks = channel.size() / BLOCK_SIZE;
        ByteBuffer buffer = ByteBuffer.allocate(SCAN_BUFFER_BLOCKS * BLOCK_SIZE);
        ChunkMark newest = null;
        for (long first = HEADER_BLOCKS; first < blocks; first += SCAN_BUFFER_BLOCKS) {
            buffer.clear();
            int count = (int) Math.min(SCAN_BUFFER_BLOCKS, blocks - first);
            buffer.limit(count * BLOCK_SIZE);
            readFully(channel, buffer, first * BLOCK_SIZE);
            for (int i = 0; i < count; i++) {
                if (startsWithChunk(buffer.array(), i * BLOCK_SIZE)) {
                    ChunkMark mark = chunkAt(channel, first + i);
                    if (mark != null && (newest == null || mark.time() > newest.time()
                            || mark.time() == newest.time() && mark.version() > newest.version())) {
                        newest = mark;
                    }
                }
            }
        }
        return newest;
    }

    private static boolean startsWithChunk(byte[] bytes, int offset) {
        return bytes[offset] == 'c' && bytes[offset + 1] == 'h' && bytes[offset + 2] == 'u'
                && bytes[offset + 3] == 'n' && bytes[offset + 4] == 'k' && bytes[offset + 5] == ':';
    }

    /** The chunk that starts at {@code block}, if its header and its checksummed footer agree. */
    private static ChunkMark chunkAt(FileChannel channel, long block) throws IOException {
        byte[] start = new byte[BLOCK_SIZE];
        if (block * BLOCK_SIZE + BLOCK_SIZE > channel.size()) {
            return null;
        }
        readFully(channel, ByteBuffer.wrap(start), block * BLOCK_SIZE);
        Map<String, String> chunk = plainMap(start);
        if (chunk == null || !chunk.containsKey("chunk") || !chunk.containsKey("len")
                || !chunk.containsKey("version")) {
            return null;
        }
        long length = DataUtils.parseHexLong(chunk.get("len"));
        long end = (block + length) * BLOCK_SIZE;
        if (length < 1 || end > channel.size()) {
            return null;
        }
        byte[] footerBytes = new byte[FOOTER_LENGTH];
        readFully(channel, ByteBuffer.wrap(footerBytes), end - FOOTER_LENGTH);
        Map<String, String> footer = checksummedMap(footerBytes, 0, FOOTER_LENGTH);
        if (footer == null || !chunk.get("chunk").equals(footer.get("chunk"))
                || !chunk.get("len").equals(footer.get("len")) || !chunk.get("version").equals(footer.get("version"))) {
            return null;
        }
        return new ChunkMark(DataUtils.parseHexInt(chunk.get("chunk")), block,
                DataUtils.parseHexLong(chunk.get("version")),
                DataUtils.parseHexLong(chunk.getOrDefault("time", "0")));
    }

    private static Map<String, String> plainMap(byte[] block) {
        String line = line(block, 0, block.length);
        try {
            return line == null ? null : DataUtils.parseMap(line);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    /** A map H2 wrote with a Fletcher-32 checksum over the text before {@code ,fletcher:}; null if it fails. */
    private static Map<String, String> checksummedMap(byte[] bytes, int offset, int length) {
        String line = line(bytes, offset, length);
        if (line == null) {
            return null;
        }
        int checksumAt = line.lastIndexOf(",fletcher:");
        if (checksumAt < 0) {
            return null;
        }
        try {
            Map<String, String> map = DataUtils.parseMap(line);
            byte[] text = line.getBytes(StandardCharsets.ISO_8859_1);
            int expected = DataUtils.getFletcher32(text, 0, checksumAt);
            return DataUtils.parseHexInt(map.get("fletcher")) == expected ? map : null;
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static String line(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != '\n') {
            end++;
        }
        if (end == offset + length) {
            return null;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1).trim();
    }

    /** Two copies of the header, as H2 writes them: the text, its checksum, a newline, zeros to the block end. */
    private static byte[] headerBlocks(HashMap<String, Object> header) {
        StringBuilder text = DataUtils.appendMap(new StringBuilder(112), header);
        byte[] checked = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        DataUtils.appendMap(text, "fletcher", DataUtils.getFletcher32(checked, 0, checked.length));
        text.append('\n');
        byte[] line = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] blocks = new byte[HEADER_BLOCKS * BLOCK_SIZE];
        for (int i = 0; i < HEADER_BLOCKS; i++) {
            System.arraycopy(line, 0, blocks, i * BLOCK_SIZE, line.length);
        }
        return blocks;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new IOException("unexpected end of " + channel + " at " + at);
            }
            at += read;
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }
}
