package org.coplan.exchange.fuzz;

/**
 * What one hostile input did to an importer: read and imported, refused with a message, escaped with anything
 * else (an exception or error the user would see as a crash), or ran past the time limit.
 *
 * @param detail          the refusal's message key and English text, or what escaped
 * @param failure         what escaped, for its stack trace; null otherwise
 * @param nanos           how long the input took
 * @param allocatedBytes  what the JVM allocated meanwhile (all threads: a reader may work on one of its own), an
 *                        upper bound of the memory the input took
 */
public record Outcome(Verdict verdict, String detail, Throwable failure, long nanos, long allocatedBytes) {

    public enum Verdict {
        ACCEPTED,
        REFUSED,
        ESCAPED,
        TIMED_OUT
    }

    public boolean clean() {
        return verdict == Verdict.ACCEPTED || verdict == Verdict.REFUSED;
    }
}
