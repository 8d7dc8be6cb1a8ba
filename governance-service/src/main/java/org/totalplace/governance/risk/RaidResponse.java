package org.totalplace.governance.risk;

public enum RaidResponse {
    AVOID, MITIGATE, TRANSFER, ACCEPT
}
