package org.totalplace.governance.meeting;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class Attendee {
    public String personId;
    @Enumerated(EnumType.STRING)
    public Attendance attendance;
}
