package org.totalplace.counting.count;

public enum CountKind { HIGH_LEVEL, DEEP_DIVE }
