package org.totalplace.governance.milestone;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date in the programme's time zone. */
public class ProgrammeClock {

    private final ZoneId zone;

    public ProgrammeClock(ZoneId zone) {
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
