package org.totalplace.governance.common;

import java.util.UUID;

/** Ids of records created through the API; seeded records keep readable slugs. */
public final class Ids {

    private Ids() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }
}
