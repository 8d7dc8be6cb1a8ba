package org.totalplace.commons.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInTheCauseChainIsAnOutage() {
        var refused = new SQLNonTransientConnectionException("Could not create connection to database server");
        assertTrue(DatabaseOutage.causedBy(new PersistenceException("Unable to acquire JDBC Connection",
                new RuntimeException(refused))));
    }

    @Test
    void aCommunicationsLinkFailureIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("Communications link failure", "08S01")));
    }

    @Test
    void thePoolGivingUpWaitingIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("Sorry, acquisition timeout!")));
    }

    @Test
    void aConstraintViolationOrABugIsNot() {
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
    }
}
