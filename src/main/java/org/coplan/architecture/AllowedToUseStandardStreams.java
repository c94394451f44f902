package org.coplan.architecture;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that may write to {@code System.out}/{@code System.err}: command-line entry points. Everything
 * else reports through return values, exceptions or the UI, so a stray print shows up in review.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedToUseStandardStreams {

    /** Why this class needs the standard streams. */
    String value();
}
