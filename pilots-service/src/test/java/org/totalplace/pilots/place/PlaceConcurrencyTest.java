package org.totalplace.pilots.place;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.totalplace.events.EventJson;
import org.totalplace.events.PlaceSnapshot;
import org.totalplace.events.Topics;
import org.totalplace.pilots.Fixtures;
import org.totalplace.testsupport.AtOnce;
import org.totalplace.testsupport.EventProbe;
import org.totalplace.testsupport.KafkaTestResource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two officers saving the same place at the same instant with the same ETag: one wins, nothing is lost or mixed. */
@QuarkusTest
@TestSecurity(user = "ada", roles = "programme-admin")
class PlaceConcurrencyTest {

    private static final int ROUNDS = 5;

    @Test
    void ofTwoSimultaneousSavesWithTheSameEtagOneWinsAndTheOtherGets412() throws Exception {
        String id = Fixtures.unique("epping-forest");
        String etag = given().contentType("application/json").body(Fixtures.place(id, "Epping Forest"))
                .when().post("/api/v1/places").then().statusCode(201).extract().header("ETag");
        List<String> winners = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            String first = edit(id, "Epping Forest A" + round, "East of England", "first-officer");
            String second = edit(id, "Epping Forest B" + round, "London", "second-officer");
            List<Response> answers = AtOnce.run(List.of(save(id, etag, first), save(id, etag, second)),
                    60, TimeUnit.SECONDS);

            List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 412), statuses, "round " + round);
            Response lost = answers.stream().filter(r -> r.statusCode() == 412).findFirst().orElseThrow();
            assertEquals("application/problem+json", lost.contentType());
            Response won = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
            boolean firstWon = won == answers.get(0);
            String winnerName = "Epping Forest " + (firstWon ? "A" : "B") + round;

            // the stored place is exactly the winner's, every field of it, and one version later
            given().when().get("/api/v1/places/" + id).then().statusCode(200)
                    .header("ETag", equalTo(won.header("ETag")))
                    .body("name", equalTo(winnerName))
                    .body("region", equalTo(firstWon ? "East of England" : "London"))
                    .body("tags", equalTo(List.of(firstWon ? "first-officer" : "second-officer")))
                    .body("version", equalTo(round));
            winners.add(winnerName);
            etag = won.header("ETag");
        }

        // and exactly the winners' changes were published, in order: no loser's event slipped out
        try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.PILOTS)) {
            var updates = probe.await(r -> id.equals(r.key()) && r.event().type().equals("place.updated"),
                    l -> l.size() >= ROUNDS, Duration.ofSeconds(30));
            assertEquals(winners, updates.stream()
                    .map(r -> EventJson.data(r.event(), PlaceSnapshot.class).name()).toList());
        }
    }

    private static String edit(String id, String name, String region, String tag) {
        return Fixtures.place(id, name).replace("\"East of England\"", "\"" + region + "\"")
                .replace("\"test-place\"", "\"" + tag + "\"");
    }

    private static Callable<Response> save(String id, String etag, String body) {
        return () -> given().contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/api/v1/places/" + id).then().extract().response();
    }
}
