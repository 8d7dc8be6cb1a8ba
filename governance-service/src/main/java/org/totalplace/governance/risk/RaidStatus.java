package org.totalplace.governance.risk;

public enum RaidStatus {
    OPEN, MONITORING, CLOSED
}
