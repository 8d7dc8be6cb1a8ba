package org.totalplace.counting.line;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.Fixtures;
import org.totalplace.testsupport.AtOnce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Finance officers editing the lines of one draft count at the same instant: no lost update, no drifting total. */
@QuarkusTest
@TestSecurity(user = "fiona", roles = "finance-officer",
        attributes = @SecurityAttribute(key = "places", value = Fixtures.LEICESTER))
class LineConcurrencyTest {

    private static final int ROUNDS = 5;

    @BeforeEach
    void seed() {
        Fixtures.seedPlacesAndOrganisations();
    }

    @Test
    void ofTwoSimultaneousCorrectionsOfALineWithTheSameEtagOneWinsAndTheOtherGets412() throws Exception {
        String count = draft();
        long lineId = add(count, line("leicestershire-police", "03.1", "1100.00"));
        add(count, line("leicester-city-council", "07.4", "500.00"));
        String etag = "\"0\"";
        for (int round = 1; round <= ROUNDS; round++) {
            // the two corrections move the line to different summary keys, so a mixed result would show in the totals
            String first = line("leicestershire-police", "03.1", (2000 + round) + ".01");
            String second = line("leicester-city-council", "10.2", (3000 + round) + ".02");
            List<Response> answers = AtOnce.run(List.of(correct(count, lineId, etag, first),
                    correct(count, lineId, etag, second)), 60, TimeUnit.SECONDS);

            assertEquals(List.of(200, 412), answers.stream().map(Response::statusCode).sorted().toList(),
                    "round " + round);
            Response lost = answers.stream().filter(r -> r.statusCode() == 412).findFirst().orElseThrow();
            assertEquals("application/problem+json", lost.contentType());
            Response won = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
            boolean firstWon = won == answers.get(0);
            String amount = firstWon ? (2000 + round) + ".01" : (3000 + round) + ".02";

            given().when().get("/api/v1/counts/" + count + "/lines").then().statusCode(200)
                    .body("items.find { it.id == " + lineId + " }.amount", equalTo(amount))
                    .body("items.find { it.id == " + lineId + " }.functionCode", equalTo(firstWon ? "03.1" : "10.2"))
                    .body("items.find { it.id == " + lineId + " }.version", equalTo(round));
            assertTotals(count, new BigDecimal(amount).add(new BigDecimal("500.00")), 2);
            etag = won.header("ETag");
        }
    }

    @Test
    void simultaneousCorrectionsOfDifferentLinesOfOneDraftAllSucceedAndTheTotalsAddUp() throws Exception {
        String count = draft();
        List<String> orgs = List.of("leicestershire-police", "leicester-city-council", "leicestershire-county-council",
                "leicester-city-pct");
        List<String> functions = List.of("03.1", "07.4", "10.2", "09.1");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            ids.add(add(count, line(orgs.get(i), functions.get(i), "100.00")));
        }
        for (int round = 1; round <= ROUNDS; round++) {
            List<Callable<Response>> edits = new ArrayList<>();
            BigDecimal expected = BigDecimal.ZERO;
            for (int i = 0; i < ids.size(); i++) {
                // each officer also moves their line onto the next line's key: the summary rows are shared
                String amount = (round * 1000 + i) + ".25";
                expected = expected.add(new BigDecimal(amount));
                edits.add(correct(count, ids.get(i), "\"" + (round - 1) + "\"",
                        line(orgs.get((i + round) % orgs.size()), functions.get(i), amount)));
            }
            List<Response> answers = AtOnce.run(edits, 60, TimeUnit.SECONDS);
            assertEquals(List.of(200, 200, 200, 200), answers.stream().map(Response::statusCode).toList(),
                    "round " + round + ": " + answers.stream().map(Response::asString).toList());
            assertTotals(count, expected, ids.size());
        }
    }

    /** The count's total as the API reports it, and its summary rows exactly the sums of its lines. */
    private static void assertTotals(String count, BigDecimal total, int lines) {
        given().when().get("/api/v1/counts/" + count + "/aggregate").then().statusCode(200)
                .body("summary.amount", equalTo(total.toPlainString()));
        assertEquals(lines, Fixtures.count("SELECT COALESCE(SUM(line_count), 0) FROM line_summary WHERE count_id = ?",
                count));
        String byKey = "SELECT organisation_id, funding_source, function_code, client_group, capital_revenue,"
                + " SUM(amount) AS amount, COUNT(*) AS line_count FROM expenditure_line WHERE count_id = ?"
                + " GROUP BY organisation_id, funding_source, function_code, client_group, capital_revenue";
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM (" + byKey + ") l LEFT JOIN line_summary s"
                + " ON s.count_id = ? AND s.organisation_id = l.organisation_id AND s.funding_source = l.funding_source"
                + " AND s.function_code = l.function_code AND s.client_group = l.client_group"
                + " AND s.capital_revenue = l.capital_revenue"
                + " WHERE s.amount IS NULL OR s.amount <> l.amount OR s.line_count <> l.line_count", count, count),
                "summary rows that differ from the lines they sum");
        assertEquals(Fixtures.count("SELECT COUNT(*) FROM (" + byKey + ") l", count),
                Fixtures.count("SELECT COUNT(*) FROM line_summary WHERE count_id = ?", count),
                "summary rows without lines");
    }

    private static String draft() {
        return given().contentType(ContentType.JSON).body("{\"placeId\":\"" + Fixtures.LEICESTER
                        + "\",\"financialYear\":\"2009-10\",\"kind\":\"DEEP_DIVE\",\"theme\":\"concurrency "
                        + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/counts").then().statusCode(201).extract().path("id");
    }

    private static long add(String count, String line) {
        return given().contentType(ContentType.JSON).body(line).when().post("/api/v1/counts/" + count + "/lines")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String line(String organisation, String function, String amount) {
        return """
                {"organisationId":"%s","fundingSource":"council-tax","functionCode":"%s","clientGroup":"adults",
                 "capitalRevenue":"REVENUE","amount":"%s"}""".formatted(organisation, function, amount);
    }

    private static Callable<Response> correct(String count, long lineId, String etag, String body) {
        return () -> given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/counts/" + count + "/lines/" + lineId).then().extract().response();
    }
}
