package org.totalplace.events;

/** One topic per producing service. */
public final class Topics {
    public static final String PILOTS = "pilots.events";
    public static final String COUNTING = "counting.events";
    public static final String GOVERNANCE = "governance.events";

    private Topics() {
    }
}
