package org.coplan.domain;

public enum OrganizationKind { ACADEMY, MINISTRY, COMMISSION, UNIVERSITY, COMPANY, TECHNOPARK, OTHER }
