package org.coplan.exchange.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ways a hostile or damaged file differs from a good one. Each takes a real file (and another one, for
 * splicing) and returns a new one; none fails, whatever bytes it is given. Byte-level damage (flips,
 * truncation, lost or repeated chunks) is what disks and transfers do; the others are what an attacker writes:
 * sizes and counts that claim gigabytes, nesting without end, entity bombs, archives with paths out of the folder.
 */
public enum Mutation {

    BIT_FLIPS {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            byte[] out = seed.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips && out.length > 0; i++) {
                int at = random.nextInt(out.length);
                out[at] ^= (byte) (1 << random.nextInt(8));
            }
            return out;
        }
    },
    INTERESTING_BYTES {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            byte[] out = seed.clone();
            byte[] values = {0, -1, 0x7F, (byte) 0x80, '<', '>', '"', ',', '\n', '&', ';'};
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count && out.length > 0; i++) {
                out[random.nextInt(out.length)] = values[random.nextInt(values.length)];
            }
            return out;
        }
    },
    TRUNCATION {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            return Arrays.copyOf(seed, seed.length == 0 ? 0 : random.nextInt(seed.length));
        }
    },
    CHUNK_DELETION {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            if (seed.length < 2) {
                return seed.clone();
            }
            int from = random.nextInt(seed.length);
            int length = 1 + random.nextInt(Math.min(seed.length - from, 4096));
            return join(Arrays.copyOfRange(seed, 0, from), Arrays.copyOfRange(seed, from + length, seed.length));
        }
    },
    CHUNK_DUPLICATION {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            if (seed.length < 2) {
                return seed.clone();
            }
            int from = random.nextInt(seed.length);
            int length = 1 + random.nextInt(Math.min(seed.length - from, 4096));
            int at = random.nextInt(seed.length + 1);
            byte[] chunk = Arrays.copyOfRange(seed, from, from + length);
            int times = random.nextInt(4) == 0 ? 1 + random.nextInt(200) : 1;
            return repeatedAt(seed, at, chunk, times);
        }
    },
    HUGE_BINARY_NUMBER {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            if (seed.length < 8) {
                return seed.clone();
            }
            byte[] out = seed.clone();
            long[] values = {Integer.MAX_VALUE, 0xFFFF_FFFFL, Integer.MIN_VALUE, Long.MAX_VALUE, -1L, 1L << 31,
                1L << 40, 0x7FFF};
            long value = values[random.nextInt(values.length)];
            ByteBuffer buffer = ByteBuffer.wrap(out).order(random.nextBoolean() ? ByteOrder.BIG_ENDIAN
                    : ByteOrder.LITTLE_ENDIAN);
            int at = random.nextInt(out.length - 7);
            if (random.nextBoolean()) {
                buffer.putInt(at, (int) value);
            } else {
                buffer.putLong(at, value);
            }
            return out;
        }
    },
    HUGE_TEXT_NUMBER {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            String[] values = {"99999999999999999999", "2147483648", "-2147483649", "1e308", "-0", "NaN",
                "99999-12-31", "0000-00-00", "9223372036854775808"};
            int digit = findFrom(seed, random.nextInt(Math.max(seed.length, 1)), b -> b >= '0' && b <= '9');
            if (digit < 0) {
                return BIT_FLIPS.apply(seed, other, random);
            }
            int end = digit;
            while (end < seed.length && seed[end] >= '0' && seed[end] <= '9') {
                end++;
            }
            return splice(seed, digit, end, values[random.nextInt(values.length)].getBytes(StandardCharsets.US_ASCII));
        }
    },
    DEEP_NESTING {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            int depth = 1_000 * (1 + random.nextInt(100));
            String open = random.nextBoolean() ? "<task id=\"1\">" : "<a>";
            int at = findFrom(seed, random.nextInt(Math.max(seed.length, 1)), b -> b == '>');
            at = at < 0 ? seed.length : at + 1;
            return splice(seed, at, at, open.repeat(depth).getBytes(StandardCharsets.US_ASCII));
        }
    },
    ENTITY_BOMB {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            String doctype = random.nextBoolean()
                    ? "<!DOCTYPE p [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                    + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                    + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
                    : "<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
            int declarationEnd = indexOf(seed, "?>".getBytes(StandardCharsets.US_ASCII));
            int at = declarationEnd < 0 ? 0 : declarationEnd + 2;
            byte[] out = splice(seed, at, at, doctype.getBytes(StandardCharsets.US_ASCII));
            int tagEnd = findFrom(out, at + doctype.length() + random.nextInt(Math.max(seed.length - at, 1)),
                    b -> b == '>');
            String reference = random.nextBoolean() ? "&f;" : "&x;";
            return tagEnd < 0 ? out : splice(out, tagEnd + 1, tagEnd + 1, reference.getBytes(StandardCharsets.US_ASCII));
        }
    },
    LONG_RUN {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            int length = 1 << (10 + random.nextInt(12));
            char filler = "A\"<,;\t 9".charAt(random.nextInt(8));
            int at = seed.length == 0 ? 0 : random.nextInt(seed.length);
            return splice(seed, at, at, String.valueOf(filler).repeat(length).getBytes(StandardCharsets.US_ASCII));
        }
    },
    LINE_REPEAT {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            int start = findFrom(seed, random.nextInt(Math.max(seed.length, 1)), b -> b == '\n');
            if (start < 0) {
                return CHUNK_DUPLICATION.apply(seed, other, random);
            }
            int end = findFrom(seed, start + 1, b -> b == '\n');
            end = end < 0 ? seed.length : end;
            byte[] line = Arrays.copyOfRange(seed, start, end);
            int times = 10 + random.nextInt(300);
            return repeatedAt(seed, end, line, times);
        }
    },
    SPLICE {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            int head = seed.length == 0 ? 0 : random.nextInt(seed.length);
            int tail = other.length == 0 ? 0 : random.nextInt(other.length);
            return join(Arrays.copyOf(seed, head), Arrays.copyOfRange(other, tail, other.length));
        }
    },
    ZIP_WITH_ABSURD_ENTRY {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            String[] names = {"../../../../tmp/evil.xml", "/etc/cron.d/evil", "..\\..\\evil.mpp", "project.xml",
                "a/" + "b/".repeat(2_000) + "c.xml"};
            byte[] zip = zip(names[random.nextInt(names.length)], seed);
            // the local header's and the central directory's sizes claim 4 GB, whatever the entry holds
            patchAll(zip, new byte[] {0x50, 0x4B, 0x03, 0x04}, 18, random);
            patchAll(zip, new byte[] {0x50, 0x4B, 0x01, 0x02}, 20, random);
            return zip;
        }
    },
    GZIP_WRAP {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(seed);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            byte[] out = bytes.toByteArray();
            // the trailer's declared size: 4 GB minus one
            if (out.length >= 4) {
                ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(out.length - 4, -1);
            }
            return out;
        }
    },
    FOREIGN_MAGIC {
        @Override
        byte[] apply(byte[] seed, byte[] other, SplittableRandom random) {
            byte[][] magics = {{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, "MPX,".getBytes(StandardCharsets.US_ASCII), "COPLANPK".getBytes(StandardCharsets.US_ASCII),
                "<?xml version=\"1.0\"?><project mrproject-version=\"2\">".getBytes(StandardCharsets.US_ASCII),
                "WBS,Name\n".getBytes(StandardCharsets.US_ASCII), {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
            byte[] magic = magics[random.nextInt(magics.length)];
            return random.nextBoolean() ? join(magic, seed)
                    : splice(seed, 0, Math.min(magic.length, seed.length), magic);
        }
    };

    abstract byte[] apply(byte[] seed, byte[] other, SplittableRandom random);

    /**
     * One mutant of {@code seed}: one to three mutations in a row, chosen by {@code random}; the same random
     * state gives the same mutant, so a failure can be replayed from its seed number.
     */
    public static Mutant mutate(byte[] seed, byte[] other, SplittableRandom random) {
        Mutation[] all = values();
        int rounds = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        byte[] bytes = seed;
        StringBuilder how = new StringBuilder();
        for (int i = 0; i < rounds; i++) {
            Mutation mutation = all[random.nextInt(all.length)];
            bytes = mutation.apply(bytes, other, random);
            how.append(i == 0 ? "" : "+").append(mutation.name());
        }
        return new Mutant(bytes, how.toString());
    }

    /** A mutated file and the mutations that made it, for the report. */
    public record Mutant(byte[] bytes, String mutations) {
    }

    private interface BytePredicate {
        boolean test(byte b);
    }

    private static int findFrom(byte[] bytes, int from, BytePredicate wanted) {
        for (int i = Math.max(from, 0); i < bytes.length; i++) {
            if (wanted.test(bytes[i])) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        return nextIndex(bytes, part, 0);
    }

    /** {@code seed} with {@code times} copies of {@code chunk} inserted at {@code at}. */
    private static byte[] repeatedAt(byte[] seed, int at, byte[] chunk, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + chunk.length * times);
        out.write(seed, 0, at);
        for (int i = 0; i < times; i++) {
            out.writeBytes(chunk);
        }
        out.write(seed, at, seed.length - at);
        return out.toByteArray();
    }

    private static byte[] join(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + replacement.length);
        out.write(bytes, 0, from);
        out.writeBytes(replacement);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** Overwrites the two little-endian size fields at {@code offset} after every {@code signature} with 4 GB. */
    private static void patchAll(byte[] bytes, byte[] signature, int offset, SplittableRandom random) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = indexOf(bytes, signature); at >= 0 && at + offset + 8 <= bytes.length;
             at = nextIndex(bytes, signature, at + 1)) {
            buffer.putInt(at + offset, random.nextBoolean() ? -1 : Integer.MAX_VALUE);
            buffer.putInt(at + offset + 4, -1);
        }
    }

    private static int nextIndex(byte[] bytes, byte[] part, int from) {
        for (int i = from; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
