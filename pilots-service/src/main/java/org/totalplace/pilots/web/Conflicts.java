package org.totalplace.pilots.web;

import jakarta.persistence.EntityManager;
import org.hibernate.exception.ConstraintViolationException;
import org.totalplace.commons.problem.ProblemException;

/** Turns a unique-key clash that slipped past the service's own check (two writers at once) into a 409. */
public final class Conflicts {

    private Conflicts() {
    }

    public static void flush(EntityManager em, String detail) {
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            throw ProblemException.conflict(detail);
        }
    }
}
