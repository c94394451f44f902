package org.coplan.domain;

/** Where money comes from: the union's budget, one state's national budget, business, or elsewhere. */
public enum FundingSourceKind { UNION_BUDGET, NATIONAL_BUDGET, BUSINESS, OTHER }
