package org.totalplace.governance.milestone;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.TestEvents;
import org.totalplace.testsupport.AtOnce;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two officers changing the same milestone at the same instant with the same ETag: one wins, nothing is mixed. */
@QuarkusTest
@TestSecurity(user = "olivia", roles = "place-officer", attributes = @SecurityAttribute(key = "places", value = "wirral"))
class MilestoneConcurrencyTest {

    private static final int ROUNDS = 5;

    @Test
    void ofTwoSimultaneousChangesWithTheSameEtagOneWinsAndTheOtherGets412() throws Exception {
        if (TestEvents.rows("known_place", "id = ?", "wirral") == 0) {
            TestEvents.registerPlace("wirral");
        }
        LocalDate baseline = LocalDate.now(ZoneId.of("Europe/London")).plusDays(90);
        String id = given().contentType("application/json").body("""
                        {"placeId":"wirral","title":"Final report","kind":"FINAL_REPORT",
                         "recipient":"Leadership Centre","baselineDate":"%s"}""".formatted(baseline))
                .when().post("/api/v1/milestones").then().statusCode(201).extract().path("id");
        String etag = given().when().get("/api/v1/milestones/" + id).then().statusCode(200).extract().header("ETag");

        for (int round = 1; round <= ROUNDS; round++) {
            // each officer moves the forecast by a different number of days, with their own title and reason
            LocalDate firstDate = baseline.plusDays(round);
            LocalDate secondDate = baseline.plusDays(100 + round);
            List<Response> answers = AtOnce.run(List.of(
                    change(id, etag, "Final report (first officer " + round + ")", firstDate, "first reason " + round),
                    change(id, etag, "Final report (second officer " + round + ")", secondDate, "second reason " + round)),
                    60, TimeUnit.SECONDS);

            assertEquals(List.of(200, 412), answers.stream().map(Response::statusCode).sorted().toList(),
                    "round " + round);
            Response lost = answers.stream().filter(r -> r.statusCode() == 412).findFirst().orElseThrow();
            assertEquals("application/problem+json", lost.contentType());
            Response won = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
            String who = won == answers.get(0) ? "first" : "second";
            LocalDate date = won == answers.get(0) ? firstDate : secondDate;

            // the milestone is the winner's, and its history has one entry per round: the loser's slip is not in it
            given().when().get("/api/v1/milestones/" + id).then().statusCode(200)
                    .header("ETag", equalTo(won.header("ETag")))
                    .body("title", equalTo("Final report (" + who + " officer " + round + ")"))
                    .body("forecastDate", equalTo(date.toString()))
                    .body("forecastHistory.size()", equalTo(round))
                    .body("forecastHistory[" + (round - 1) + "].newDate", equalTo(date.toString()))
                    .body("forecastHistory[" + (round - 1) + "].reason", equalTo(who + " reason " + round))
                    .body("forecastHistory.reason", contains(
                            won.jsonPath().getList("forecastHistory.reason").toArray()));
            etag = won.header("ETag");
        }
    }

    private static Callable<Response> change(String id, String etag, String title, LocalDate forecast, String reason) {
        String body = """
                {"title":"%s","recipient":"Leadership Centre","forecastDate":"%s","forecastReason":"%s"}"""
                .formatted(title, forecast, reason);
        return () -> given().contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/api/v1/milestones/" + id).then().extract().response();
    }
}
