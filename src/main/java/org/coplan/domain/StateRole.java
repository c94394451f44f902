package org.coplan.domain;

/** How a state takes part: a full member of the union, an observer, or an outside partner. */
public enum StateRole { MEMBER, OBSERVER, PARTNER }
