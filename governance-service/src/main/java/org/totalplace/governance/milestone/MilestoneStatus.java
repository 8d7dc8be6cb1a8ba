package org.totalplace.governance.milestone;

public enum MilestoneStatus {
    UPCOMING, DUE_SOON, OVERDUE, MET, WAIVED;

    /** MET and WAIVED are final: dates no longer move the status. */
    public boolean isClosed() {
        return this == MET || this == WAIVED;
    }
}
