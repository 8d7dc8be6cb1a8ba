package org.totalplace.governance.meeting;

public enum Attendance {
    PRESENT, APOLOGIES, ABSENT
}
