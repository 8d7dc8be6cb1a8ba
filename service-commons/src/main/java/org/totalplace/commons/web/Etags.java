package org.totalplace.commons.web;

import jakarta.ws.rs.core.EntityTag;
import org.totalplace.commons.problem.ProblemException;

/**
 * Optimistic locking over HTTP: an entity's version is its ETag, and an update must send it back in If-Match.
 * A missing If-Match is 428 and a stale one 412, so no write silently overwrites another.
 */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks {@code ifMatch} against the current version; {@code *} matches any existing version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "send the ETag you read in an If-Match header so that no one else's change is overwritten");
        }
        String expected = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(
                "the resource has changed since you read it (its ETag is now \"" + expected + "\"); read it again and retry");
    }
}
