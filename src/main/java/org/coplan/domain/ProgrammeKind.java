package org.coplan.domain;

public enum ProgrammeKind { FRAMEWORK_PROGRAMME, STRATEGY, CONCEPT, ACTION_PLAN, JOINT_PROJECT }
