package org.coplan.domain;

public enum ProgrammeStatus { DRAFT, APPROVED, IN_FORCE, COMPLETED, CANCELLED }
