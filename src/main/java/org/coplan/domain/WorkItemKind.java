package org.coplan.domain;

/** A phase groups other items (a summary), an activity takes working days, a milestone marks a date. */
public enum WorkItemKind { PHASE, ACTIVITY, MILESTONE }
