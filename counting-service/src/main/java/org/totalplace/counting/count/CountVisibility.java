package org.totalplace.counting.count;

import java.util.Set;

/**
 * Who may see a count: FINAL (and superseded finals) anyone; SUBMITTED also integrators; DRAFT and SUBMITTED
 * signed-in users of the place and programme admins. Callers who may not see a count are told it does not exist.
 */
public record CountVisibility(boolean admin, boolean integrator, boolean signedIn, Set<String> places) {

    public boolean maySee(String placeId, CountStatus status) {
        return switch (status) {
            case FINAL, SUPERSEDED -> true;
            case SUBMITTED -> admin || integrator || actsFor(placeId);
            case DRAFT -> admin || actsFor(placeId);
        };
    }

    private boolean actsFor(String placeId) {
        return signedIn && places.contains(placeId);
    }
}
