package org.totalplace.commons.web;

import org.totalplace.commons.problem.ProblemException;

/**
 * Which page a list call asks for. Pages count from 1; size is capped so one call cannot ask for everything.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    /** Validates the raw query parameters, naming the bad one. Nulls take the defaults. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 1) {
            throw ProblemException.invalidField("page", "must be 1 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + MAX_SIZE);
        }
        // the offset must fit an int, or page=1000000000 overflows into a negative one (a 500 in every list)
        if ((long) p * s > Integer.MAX_VALUE) {
            throw ProblemException.invalidField("page", "must be at most " + Integer.MAX_VALUE / s + " for size " + s);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
