package org.totalplace.counting.count;

public enum CountStatus { DRAFT, SUBMITTED, FINAL, SUPERSEDED }
