package org.totalplace.system.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.totalplace.system.Api.call;
import static org.totalplace.system.Api.get;
import static org.totalplace.system.Api.json;
import static org.totalplace.system.Api.object;
import static org.totalplace.system.security.MatrixFixtures.LEICESTER;
import static org.totalplace.system.security.MatrixFixtures.YEAR;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.totalplace.system.Api;
import org.totalplace.system.ApiOperations;
import org.totalplace.system.ApiOperations.Operation;
import org.totalplace.system.Http;
import org.totalplace.system.Stack;

/**
 * Every operation of every OpenAPI document, called by every kind of caller with real tokens from the stack's
 * Keycloak, through the gateway (invalid tokens also straight at the owning service, which checks them again).
 * The rules: anyone reads public data; contacts and people for viewers and up; a place's data is written by its
 * own officers ({@code place-officer}, or {@code finance-officer} for counts) and programme admins; places and
 * organisations are registered by admins; integrators read and never write. A caller who may not is told 401
 * (no valid token) or 403, as problem+json, whatever they sent; a caller who may is never told 401/403 nor 5xx;
 * and no answer carries personal data or unpublished figures its caller may not see.
 */
@Order(10)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    enum Caller {
        ANONYMOUS("anonymous"),
        VIEWER("viewer"),
        SAME_PLACE_OFFICER("officer of the same place (place-officer)"),
        OTHER_PLACE_OFFICER("officer of another place (same role as the rule)"),
        FINANCE_OFFICER("finance officer of the same place"),
        ADMIN("programme admin"),
        INTEGRATOR("integrator client"),
        EXPIRED("expired token"),
        FORGED("forged signature"),
        OTHER_REALM("token from another realm");

        final String description;

        Caller(String description) {
            this.description = description;
        }

        boolean badToken() {
            return this == EXPIRED || this == FORGED || this == OTHER_REALM;
        }

        boolean unauthenticated() {
            return this == ANONYMOUS || badToken();
        }
    }

    /** Who may call an operation, derived from its service, method and path. */
    enum Rule {
        READ, ADMIN_ONLY, PLACE_OFFICER_OF_THE_PLACE, FINANCE_OFFICER_OF_THE_PLACE;

        static Rule of(Operation op) {
            if (op.isRead()) {
                return READ;
            }
            return switch (op.service()) {
                case "counting" -> FINANCE_OFFICER_OF_THE_PLACE;
                case "governance" -> PLACE_OFFICER_OF_THE_PLACE;
                case "pilots" -> op.path().startsWith("/api/v1/places/{placeId}") ? PLACE_OFFICER_OF_THE_PLACE : ADMIN_ONLY;
                default -> throw new IllegalStateException("no rule for the service of " + op.key());
            };
        }

        boolean allows(Caller caller) {
            return switch (this) {
                case READ -> !caller.badToken();
                case ADMIN_ONLY -> caller == Caller.ADMIN;
                case PLACE_OFFICER_OF_THE_PLACE -> caller == Caller.ADMIN || caller == Caller.SAME_PLACE_OFFICER;
                case FINANCE_OFFICER_OF_THE_PLACE -> caller == Caller.ADMIN || caller == Caller.FINANCE_OFFICER;
            };
        }
    }

    private record Request(String contentType, String body, String ifMatch) {
        static final Request NONE = new Request(null, null, null);
    }

    private ApiOperations api;
    private MatrixFixtures f;
    private Tokens.Expiring expired;
    private String otherRealm;
    private Instant otherRealmFetched = Instant.MIN;

    @BeforeAll
    void setUp() {
        // first, so that it has long expired by the time its column runs; while it lasts it is a genuine
        // leicester-finance token (it sees the personal data of contacts, which anonymous callers do not)
        expired = Tokens.expiring("leicester-finance");
        given().header("Authorization", Stack.bearer(expired.token()))
                .when().get(Stack.GATEWAY + "/api/v1/places/" + LEICESTER + "/contacts")
                .then().statusCode(200).body("name", hasItem(notNullValue()));
        api = ApiOperations.load();
        f = MatrixFixtures.build();
        get(null, "/api/v1/places/" + LEICESTER + "/contacts").then().statusCode(200)
                .body("name", everyItem(nullValue()));
    }

    @Test
    void everyCallerIsAnsweredAsTheRulesSayByEveryEndpoint() {
        List<Operation> operations = api.all();
        List<String> failures = new ArrayList<>();
        Map<Caller, Map<Integer, Integer>> statuses = new EnumMap<>(Caller.class);
        int cells = 0;
        int failed = 0;
        for (Caller caller : Caller.values()) {
            if (caller == Caller.EXPIRED) {
                awaitExpired(expired);
            }
            for (Operation op : operations) {
                List<String> wrong = new ArrayList<>();
                int status = cell(op, caller, wrong);
                statuses.computeIfAbsent(caller, c -> new TreeMap<>()).merge(status, 1, Integer::sum);
                cells++;
                failed += wrong.isEmpty() ? 0 : 1;
                failures.addAll(wrong);
            }
        }
        System.out.printf("authorisation matrix: %d cells, %d passed (%d operations x %d callers)%n",
                cells, cells - failed, operations.size(), Caller.values().length);
        statuses.forEach((caller, counts) -> System.out.printf("  %-50s %s%n", caller.description, counts));
        failures.forEach(s -> System.out.println("  FAILED " + s));
        assertEquals(List.of(), failures, failed + " of " + cells + " cells failed");
    }

    @Test
    void aLeicesterFinanceOfficerImportsIntoLeicestersDraftCountAndIsRefusedLutons() {
        String finance = Api.user("leicester-finance");
        String csv = MatrixFixtures.CSV_HEADER + f.csvRow(f.partnerOrganisation, "2500.25", "scenario " + f.run);
        call(finance, "POST", "/api/v1/counts/" + f.importDraft + "/imports", "text/csv", csv)
                .then().statusCode(201);
        get(finance, "/api/v1/counts/" + f.importDraft + "/lines").then().statusCode(200)
                .body("items.amount", hasItem("2500.25"));

        String luton = Api.user("luton-finance");
        int lutonLines = get(luton, "/api/v1/counts/" + f.lutonDraft + "/lines").then().statusCode(200)
                .extract().path("total");
        Response refused = call(finance, "POST", "/api/v1/counts/" + f.lutonDraft + "/imports", "text/csv", csv);
        refused.then().statusCode(403).contentType("application/problem+json");
        f.lutonDraftFigures.forEach(figure -> assertFalse(refused.asString().contains(figure), "leaks " + figure));
        // a count that does not exist is refused the same way: the 403 says nothing about Luton's ids
        call(finance, "POST", "/api/v1/counts/no-such-count/imports", "text/csv", csv)
                .then().statusCode(403).contentType("application/problem+json");
        get(luton, "/api/v1/counts/" + f.lutonDraft + "/lines").then().statusCode(200)
                .body("total", equalTo(lutonLines));
    }

    @Test
    void anIntegratorReadsSubmittedCountsAndWritesNothing() {
        String integrator = Api.integrator();
        get(integrator, "/api/v1/counts/" + f.submitted).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        String lines = get(integrator, "/api/v1/counts/" + f.submitted + "/lines").then().statusCode(200)
                .extract().asString();
        assertTrue(f.leicesterSubmittedFigures.stream().anyMatch(lines::contains), "the submitted figures: " + lines);
        get(integrator, "/api/v1/counts?status=SUBMITTED&size=500&place=" + LEICESTER).then().statusCode(200)
                .body("items.id", hasItem(f.submitted));
        get(integrator, "/api/v1/counts/" + f.draft).then().statusCode(404);
        String csv = MatrixFixtures.CSV_HEADER + f.csvRow(f.partnerOrganisation, "1.11", "integrator " + f.run);
        for (String count : List.of(f.draft, f.submitted)) {
            call(integrator, "POST", "/api/v1/counts/" + count + "/imports", "text/csv", csv)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        call(integrator, "POST", "/api/v1/counts/" + f.submitted + "/finalise", null, null).then().statusCode(403);
        call(integrator, "POST", "/api/v1/counts", "application/json", json(object("placeId", LEICESTER,
                "financialYear", YEAR, "kind", "DEEP_DIVE", "theme", "integrator " + f.run)))
                .then().statusCode(403).contentType("application/problem+json");
    }

    /**
     * One cell: the call, its status against the rule, problem+json refusals, and what its body must not carry.
     * Returns the status the gateway answered; adds what was wrong to {@code failures}.
     */
    private int cell(Operation op, Caller caller, List<String> failures) {
        Rule rule = Rule.of(op);
        boolean allowed = rule.allows(caller);
        String path = path(op);
        Request request = allowed ? allowedRequest(op) : refusedRequest(op);
        String name = caller.description + " " + op.key();
        Response response = send(Stack.GATEWAY, op, path, request, token(caller, op, false));
        check(name, response, allowed, caller, failures);
        if (caller.badToken()) {
            // every service checks the token again, not only the gateway
            Response direct = send(serviceUrl(op.service()), op, path, request, token(caller, op, false));
            check(name + " (straight to " + op.service() + ")", direct, false, caller, failures);
            if (caller == Caller.FORGED) {
                Response tampered = send(serviceUrl(op.service()), op, path, request, token(caller, op, true));
                check(name + " (signature bytes changed, straight to " + op.service() + ")", tampered, false, caller,
                        failures);
            }
        }
        return response.statusCode();
    }

    private void check(String name, Response response, boolean allowed, Caller caller, List<String> failures) {
        int status = response.statusCode();
        String body = response.asString();
        if (allowed) {
            if (status == 401 || status == 403 || status >= 500) {
                failures.add(name + " :: may do this but got " + status + ": " + shorten(body));
            }
        } else {
            int expected = caller.unauthenticated() ? 401 : 403;
            if (status != expected) {
                failures.add(name + " :: expected " + expected + " but got " + status + ": " + shorten(body));
            } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                failures.add(name + " :: " + status + " is not problem+json but " + response.contentType());
            }
        }
        leaks(caller).forEach((what, markers) -> markers.stream().filter(body::contains).forEach(marker ->
                failures.add(name + " :: answer (" + status + ") shows " + what + " '" + marker + "'")));
    }

    /** What a caller must never be shown, by kind. */
    private Map<String, Set<String>> leaks(Caller caller) {
        boolean staffOrViewer = Set.of(Caller.VIEWER, Caller.SAME_PLACE_OFFICER, Caller.OTHER_PLACE_OFFICER,
                Caller.FINANCE_OFFICER, Caller.ADMIN).contains(caller);
        boolean leicesterStaff = Set.of(Caller.SAME_PLACE_OFFICER, Caller.FINANCE_OFFICER, Caller.ADMIN).contains(caller);
        Map<String, Set<String>> hidden = new LinkedHashMap<>();
        if (!staffOrViewer) {
            hidden.put("personal data", f.personal);
        }
        if (!leicesterStaff) {
            hidden.put("a Leicester draft figure", f.leicesterDraftFigures);
        }
        if (!leicesterStaff && caller != Caller.INTEGRATOR) {
            hidden.put("a Leicester submitted figure", f.leicesterSubmittedFigures);
        }
        if (caller != Caller.ADMIN && caller != Caller.OTHER_PLACE_OFFICER) {
            hidden.put("a Luton draft figure", f.lutonDraftFigures);
        }
        return hidden;
    }

    private Response send(String base, Operation op, String path, Request request, String token) {
        return Http.send(() -> {
            RequestSpecification spec = given().redirects().follow(false);
            if (token != null) {
                spec.header("Authorization", Stack.bearer(token));
            }
            query(op).forEach(spec::queryParam);
            if (request.body() != null) {
                spec.contentType(request.contentType()).body(request.body());
            }
            if (request.ifMatch() != null) {
                spec.header("If-Match", request.ifMatch());
            }
            return spec;
        }, op.method(), base + path);
    }

    private String token(Caller caller, Operation op, boolean tampered) {
        boolean counts = op.service().equals("counting");
        return switch (caller) {
            case ANONYMOUS -> null;
            case VIEWER -> Api.user("viewer");
            case SAME_PLACE_OFFICER -> Api.user("leicester-officer");
            case OTHER_PLACE_OFFICER -> Api.user(counts ? "luton-finance" : "luton-officer");
            case FINANCE_OFFICER -> Api.user("leicester-finance");
            case ADMIN -> Api.user("admin");
            case INTEGRATOR -> Api.integrator();
            case EXPIRED -> expired.token();
            // an admin's token, which would be let do anything if its signature were not checked
            case FORGED -> tampered ? Tokens.tampered(Api.user("admin")) : Tokens.resigned(Api.user("admin"));
            case OTHER_REALM -> otherRealm();
        };
    }

    /** Master-realm tokens live a minute: a fresh one, so that it is refused for its realm and not its age. */
    private String otherRealm() {
        if (otherRealmFetched.isBefore(Instant.now().minusSeconds(20))) {
            otherRealm = Tokens.masterRealm();
            otherRealmFetched = Instant.now();
        }
        return otherRealm;
    }

    /**
     * Until the gateway, which checks every token it is sent, refuses the one-second token: its expiry plus the
     * verifiers' clock-skew allowance (60 s by default). The services share the clock; their cells say whether
     * they check it too.
     */
    private void awaitExpired(Tokens.Expiring token) {
        await("the one-second token to be refused as expired")
                .atMost(Duration.between(Instant.now(), token.expiresAt().plusSeconds(180)))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> given().header("Authorization", Stack.bearer(token.token()))
                        .when().get(Stack.GATEWAY + "/api/v1/functions").statusCode() == 401);
    }

    private static String serviceUrl(String service) {
        return switch (service) {
            case "pilots" -> Stack.PILOTS;
            case "counting" -> Stack.COUNTING;
            case "governance" -> Stack.GOVERNANCE;
            default -> throw new IllegalStateException(service);
        };
    }

    /** The path with its parameters resolved to Leicester's fixtures (each write to one in the state it needs). */
    private String path(Operation op) {
        String path = op.path();
        for (String param : op.pathParameters()) {
            path = path.replace("{" + param + "}", f.pathValue(op, param));
        }
        return path;
    }

    private Map<String, String> query(Operation op) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : op.query()) {
            switch (op.service() + ":" + name) {
                case "counting:place", "governance:place" -> values.put(name, LEICESTER);
                case "counting:year" -> values.put(name, YEAR);
                case "counting:kind" -> values.put(name, "DEEP_DIVE");
                default -> { }
            }
        }
        return values;
    }

    /** A valid request, for callers who may: any 401/403 or 5xx is then the service's fault. */
    private Request allowedRequest(Operation op) {
        Object body = f.validBody(op, api);
        if (body instanceof String csv) {
            return new Request("text/csv", csv, "*");
        }
        if (body == null) {
            if (!op.bodyTypes().isEmpty()) {
                fail("no request body for " + op.key() + ": add one to MatrixFixtures.validBody");
            }
            return op.isRead() ? Request.NONE : new Request(null, null, "*");
        }
        return new Request("application/json", json(body), "*");
    }

    /**
     * For callers who may not: an invalid body and no If-Match, so that a 400, 412 or 428 in place of the 403
     * shows the refusal came too late. A JSON body names Leicester, so a create is refused on its place.
     */
    private static Request refusedRequest(Operation op) {
        if (op.bodyTypes().contains("application/json")) {
            return new Request("application/json", json(object("placeId", LEICESTER)), null);
        }
        if (op.bodyTypes().contains("text/csv")) {
            return new Request("text/csv", "not,a\ncsv\"", null);
        }
        return Request.NONE;
    }

    private static String shorten(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
