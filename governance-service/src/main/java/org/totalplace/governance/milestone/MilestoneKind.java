package org.totalplace.governance.milestone;

public enum MilestoneKind {
    INTERIM_COUNT, FINAL_COUNT, INTERIM_REPORT, FINAL_REPORT, BRIEFING, VISIT, OTHER
}
