package org.coplan.bench;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What a new row id costs: the JDK's random (version 4) UUID against a time-ordered version 7 UUID
 * (RFC 9562), generated inline from a secure and from a fast random source.
 *
 * <p>A placeholder that proves the benchmark set-up works; benchmarks of Coplan's own code replace it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UuidBenchmark {

    private final SecureRandom secureRandom = new SecureRandom();

    @Benchmark
    public UUID randomUuidV4() {
        return UUID.randomUUID();
    }

    @Benchmark
    public UUID timeOrderedV7SecureRandom() {
        return uuidV7(System.currentTimeMillis(), secureRandom.nextInt(1 << 12), secureRandom.nextLong());
    }

    @Benchmark
    public UUID timeOrderedV7ThreadLocalRandom() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return uuidV7(System.currentTimeMillis(), random.nextInt(1 << 12), random.nextLong());
    }

    /**
     * Layout per RFC 9562, section 5.7: 48 bits of Unix milliseconds, version 7, 12 random bits,
     * variant 10, 62 random bits.
     */
    static UUID uuidV7(long unixMillis, int randomA, long randomB) {
        long mostSignificant = (unixMillis << 16) | (0x7L << 12) | (randomA & 0xFFFL);
        long leastSignificant = (randomB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
