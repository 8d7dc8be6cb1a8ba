package org.totalplace.commons.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, pool exhausted while it
 * reconnects) from a bug: the first is the client's cue to retry later (503), the second is ours (500).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (MySQL's 08S01 "communications link failure")
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // Agroal's pool gives up waiting for a connection while the server is away
            if (t instanceof SQLException && String.valueOf(t.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
