package org.totalplace.governance.risk;

public enum RaidType {
    RISK, ASSUMPTION, ISSUE, DEPENDENCY
}
