package org.totalplace.governance.meeting;

public enum MeetingStatus {
    TENTATIVE, CONFIRMED, CANCELLED, HELD
}
