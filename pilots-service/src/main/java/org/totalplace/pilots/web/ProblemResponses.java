package org.totalplace.pilots.web;

/** Descriptions shared by the OpenAPI error responses of every resource. */
public final class ProblemResponses {
    public static final String PROBLEM = "application/problem+json";
    public static final String BAD_INPUT = "Invalid input; the problem names each bad field";
    public static final String UNAUTHENTICATED = "Sign-in required";
    public static final String FORBIDDEN = "The caller may not change this place";
    public static final String NOT_FOUND = "No such place or organisation";
    public static final String CONFLICT = "It exists already; the problem names the existing one";
    public static final String STALE = "If-Match does not match the current ETag";
    public static final String IF_MATCH_MISSING = "If-Match header missing";
    public static final String UNSUPPORTED = "Body is not application/json";

    private ProblemResponses() {
    }
}
