package org.totalplace.commons.problem;

import java.util.List;

/**
 * A domain refusal with the HTTP status it deserves. Thrown from services; turned into problem+json by
 * {@link ProblemMappers}. Prefer the factory methods, which give each kind of refusal one stable type.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.Violation> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.Violation> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException badRequest(String detail, List<Problem.Violation> errors) {
        return new ProblemException(400, "validation", "Invalid request", detail, errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return badRequest(field + ": " + message, List.of(Problem.Violation.field(field, message)));
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found", what + " '" + id + "' does not exist", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail, null);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "precondition-required", "Precondition required", detail, null);
    }

    public static ProblemException unprocessable(String detail, List<Problem.Violation> errors) {
        return new ProblemException(422, "unprocessable", "Unprocessable content", detail, errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> errors() {
        return errors;
    }
}
