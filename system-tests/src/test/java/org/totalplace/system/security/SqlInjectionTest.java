package org.totalplace.system.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.totalplace.system.Api.call;
import static org.totalplace.system.Api.get;
import static org.totalplace.system.Api.object;
import static org.totalplace.system.Api.postJson;
import static org.totalplace.system.security.MatrixFixtures.LEICESTER;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Classic injection strings in every query parameter of every read (and in every path parameter), as a programme
 * admin who sees everything: never a 5xx, a refusal is problem+json, a filter or search given one of them matches
 * nothing (LIKE's % and _ are literal characters, not wildcards), and afterwards every table still holds what it
 * held. The operations come from the OpenAPI documents, so a new parameter is probed without being listed here.
 */
@Order(20)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlInjectionTest {

    static final List<String> INJECTIONS = List.of(
            "' OR 1=1 --", "' OR '1'='1", "\" OR \"\"=\"", "1) OR (1=1", "1' OR '1'='1' /*",
            "'; DROP TABLE place; --", "'; DROP TABLE expenditure_count; --", "'; DROP TABLE meeting; --",
            "' UNION SELECT id, name FROM organisation --", "x\u0000y", "\u2019 OR 1=1 --", "\uFF07 OR \uFF071\uFF07=\uFF071",
            "%", "_", "%%", "leicester%", "\\", "\\' OR 1=1 --");

    /** Parameters that shape an answer rather than filter it: a bad value is refused, but nothing narrows. */
    static final Set<String> NOT_FILTERS = Set.of("page", "size", "sort", "order", "drilldown", "level", "min",
            "format", "from", "to");

    /** Lists whose totals must be the same after the probing as before it. */
    static final List<String> TABLES = List.of("/api/v1/places", "/api/v1/organisations", "/api/v1/counts",
            "/api/v1/groups", "/api/v1/meetings", "/api/v1/milestones", "/api/v1/risks");

    private ApiOperations api;
    private String admin;
    private String count;

    @BeforeAll
    void setUp() {
        api = ApiOperations.load();
        admin = Api.user("admin");
        String finance = Api.user("leicester-finance");
        count = postJson(finance, "/api/v1/counts", object("placeId", LEICESTER, "financialYear", "2007-08",
                "kind", "DEEP_DIVE", "theme", "injection " + Long.toString(System.currentTimeMillis(), 36)))
                .then().statusCode(201).extract().path("id");
        String organisation = get(null, "/api/v1/places/" + LEICESTER + "/organisations").then().statusCode(200)
                .extract().path("organisation[0].id");
        call(finance, "POST", "/api/v1/counts/" + count + "/imports", "text/csv", MatrixFixtures.CSV_HEADER
                + organisation + ",council-tax,07.4,adults,REVENUE,123.45,injection\n").then().statusCode(201);
    }

    @Test
    void injectionStringsInEveryParameterAreInertAndNeverWidenAResult() {
        Map<String, Long> before = totals();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Operation op : api.all()) {
            if (!op.isRead()) {
                continue;
            }
            for (String param : op.query()) {
                for (String injection : INJECTIONS) {
                    String value = param.equals("cut") ? "organisation:" + injection : injection;
                    Response response = send(op, Map.of(), Map.of(param, value));
                    requests++;
                    check(op.key() + " ?" + param + "=" + printable(value), response,
                            !NOT_FILTERS.contains(param), failures);
                }
            }
            for (String param : op.pathParameters()) {
                for (String injection : INJECTIONS) {
                    Response response = send(op, Map.of(param, injection), Map.of());
                    requests++;
                    check(op.key() + " {" + param + "}=" + printable(injection), response, false, failures);
                }
            }
        }
        Map<String, Long> after = totals();
        System.out.printf("sql injection: %d requests, %d failed; totals before %s, after %s%n",
                requests, failures.size(), before, after);
        failures.forEach(s -> System.out.println("  FAILED " + s));
        assertEquals(List.of(), failures);
        assertEquals(before, after, "every table holds what it held before");
    }

    @Test
    void injectionStringsInImportedFieldsAreStoredAsText() {
        String finance = Api.user("leicester-finance");
        String draft = postJson(finance, "/api/v1/counts", object("placeId", LEICESTER, "financialYear", "2006-07",
                "kind", "DEEP_DIVE", "theme", "injection import " + Long.toString(System.nanoTime(), 36)))
                .then().statusCode(201).extract().path("id");
        String organisation = get(null, "/api/v1/places/" + LEICESTER + "/organisations").then().statusCode(200)
                .extract().path("organisation[0].id");
        List<String> notes = INJECTIONS.stream().filter(i -> !i.contains("\u0000")).toList();
        StringBuilder csv = new StringBuilder(MatrixFixtures.CSV_HEADER);
        // the bulk load (LOAD DATA with escaped fields, or batched inserts) must keep every character as data
        notes.forEach(note -> csv.append(organisation).append(",council-tax,07.4,adults,REVENUE,1.00,\"")
                .append(note.replace("\"", "\"\"")).append("\"\n"));
        call(finance, "POST", "/api/v1/counts/" + draft + "/imports", "text/csv; charset=UTF-8", csv.toString())
                .then().statusCode(201);
        List<String> stored = get(finance, "/api/v1/counts/" + draft + "/lines?size=500").then().statusCode(200)
                .extract().path("items.note");
        assertEquals(notes, stored);
    }

    private void check(String name, Response response, boolean filter, List<String> failures) {
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(name + " :: " + status + " " + response.asString());
        } else if (status >= 400 && status != 404
                && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(name + " :: " + status + " is not problem+json");
        } else if (status == 200 && filter && !matchesNothing(response)) {
            failures.add(name + " :: matched something: " + shorten(response.asString()));
        }
    }

    /** An empty page or list, or an aggregate over no lines. */
    private static boolean matchesNothing(Response response) {
        JsonNode body = response.as(JsonNode.class);
        if (body.isArray()) {
            return body.isEmpty();
        }
        if (body.has("summary")) {
            return body.path("summary").path("lines").asLong() == 0;
        }
        return body.has("items") && body.path("items").isEmpty() && body.path("total").asLong() == 0;
    }

    private Response send(Operation op, Map<String, String> pathValues, Map<String, String> query) {
        Map<String, String> path = new LinkedHashMap<>();
        for (String param : op.pathParameters()) {
            path.put(param, pathValues.getOrDefault(param, switch (param) {
                case "placeId" -> LEICESTER;
                case "countId", "otherCountId" -> count;
                default -> "no-such-" + param;
            }));
        }
        return Http.send(() -> {
            RequestSpecification spec = given().header("Authorization", Stack.bearer(admin)).pathParams(path);
            query.forEach(spec::queryParam);
            return spec;
        }, "GET", Stack.GATEWAY + op.path());
    }

    private Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String list : TABLES) {
            totals.put(list, ((Number) get(admin, list).then().statusCode(200).extract().path("total")).longValue());
        }
        totals.put("lines", ((Number) get(admin, "/api/v1/counts/" + count + "/lines").then().statusCode(200)
                .extract().path("total")).longValue());
        return totals;
    }

    private static String printable(String s) {
        return s.replace("\u0000", "\\0");
    }

    private static String shorten(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
