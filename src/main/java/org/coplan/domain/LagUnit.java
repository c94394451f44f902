package org.coplan.domain;

/**
 * What a dependency's lag counts: working days of the successor's calendar (MS Project's {@code 2d}), or
 * elapsed calendar days ({@code 2ed}), which run through weekends and holidays, e.g. concrete curing.
 */
public enum LagUnit {
    WORKING,
    ELAPSED
}
