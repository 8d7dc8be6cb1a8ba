package org.totalplace.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.slf4j.MDC;
import org.totalplace.commons.web.RequestIds;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Every failure leaves a service as application/problem+json naming what was wrong. */
public class ProblemMappers {

    private static final String TYPE_PREFIX = "urn:totalplace:problem:";

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(e.status(), e.type(), e.title(), e.getMessage(), e.errors(), request);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.Violation> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), null, v.getMessage(), shorten(v.getInvalidValue())))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = errors.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(400, "validation", "Invalid request", detail, errors, request);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, JsonMappingException.class})
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : null;
        String reason = e instanceof UnrecognizedPropertyException ? "unknown field"
                : e instanceof MismatchedInputException ? "wrong type or format"
                : "malformed JSON";
        List<Problem.Violation> errors = field == null ? List.of()
                : List.of(new Problem.Violation(field, null, reason, null));
        String detail = field == null ? reason + " at line " + lineOf(e) : field + ": " + reason;
        return respond(400, "malformed-body", "Unreadable request body", detail, errors, request);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleWrite(RuntimeException e, HttpServerRequest request) {
        return respond(412, "precondition-failed", "Precondition failed",
                "the resource was changed by someone else; read it again and retry with its new ETag", null, request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, HttpServerRequest request) {
        return respond(401, "unauthenticated", "Sign-in required",
                "this needs a valid bearer token", null, request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(403, "forbidden", "Forbidden",
                e.getMessage() == null || e.getMessage().isBlank() ? "your roles do not allow this" : e.getMessage(),
                null, request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // the JSON reader wraps some of Jackson's refusals (trailing tokens among them) in a bare 400
            return unreadableJson(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "request %s failed", RequestIds.current());
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        String title = Response.Status.fromStatusCode(status) == null ? family.name()
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        Response problem = respond(status, slug(title), title, e.getMessage(), null, request);
        // keep headers such as Allow (405) or Retry-After (429/503)
        Response.ResponseBuilder copy = Response.fromResponse(problem);
        e.getResponse().getHeaders().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("Content-Type") && !k.equalsIgnoreCase("Content-Length")) {
                v.forEach(value -> copy.header(k, value));
            }
        });
        return copy.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            Log.warnf("request %s: database unavailable: %s", RequestIds.current(), e.getMessage());
            Response problem = respond(503, "unavailable", "Service unavailable",
                    "the database is out of reach for a moment; try again shortly", null, request);
            return Response.fromResponse(problem).header("Retry-After", "5").build();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                // a unique key hit at commit: a simultaneous identical write won the race (the check before the
                // insert saw nothing yet), which the caller must hear as the conflict it is, not a 500
                return respond(409, "conflict", "Conflict",
                        "the same thing was written at the same moment by another request; read it and retry",
                        null, request);
            }
        }
        Log.errorf(e, "request %s failed", RequestIds.current());
        return respond(500, "internal", "Internal error",
                "something went wrong on our side; quote the request id when reporting it", null, request);
    }

    static Response respond(int status, String type, String title, String detail, List<Problem.Violation> errors,
                            HttpServerRequest request) {
        Problem body = problem(status, type, title, detail, request == null ? null : request.path(),
                MDC.get(RequestIds.MDC_KEY), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The one way a problem body is made, also where no JAX-RS mapper runs (see {@link OversizeBodies}). */
    static Problem problem(int status, String type, String title, String detail, String path, Object requestId,
                           List<Problem.Violation> errors) {
        return new Problem(TYPE_PREFIX + type, title, status, detail, path,
                requestId == null ? null : requestId.toString(), errors);
    }

    /** "create.request.name" -> "name", "create.request.tags[2]" -> "tags[2]", "list.size" -> "size". */
    private static String fieldOf(ConstraintViolation<?> v) {
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (!property.isEmpty()) {
                            property.append('.');
                        }
                        property.append(node.getName());
                    }
                    if (node.getIndex() != null) {
                        property.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        property.append('[').append(node.getKey()).append(']');
                    }
                }
                default -> { }
            }
        }
        if (!property.isEmpty()) {
            return property.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
    }

    private static String shorten(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value);
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
