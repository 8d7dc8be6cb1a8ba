package org.totalplace.pilots;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.totalplace.events.Topics;
import org.totalplace.testsupport.EventProbe;
import org.totalplace.testsupport.KafkaTestResource;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SkeletonTest {

    @Test
    void registeringAPlacePublishesOneEvent() {
        given().contentType("application/json").body("{\"id\":\"kent\",\"name\":\"Kent\",\"kind\":\"PILOT\"}")
                .when().post("/api/v1/places").then().statusCode(201);
        given().when().get("/api/v1/places/kent").then().statusCode(200).body("name", equalTo("Kent"));
        given().contentType("application/json").body("{\"id\":\"\"}")
                .when().post("/api/v1/places").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("name"));
        try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.PILOTS)) {
            var got = probe.await(r -> "kent".equals(r.key()), l -> !l.isEmpty(), Duration.ofSeconds(20));
            assertEquals(1, probe.drain(r -> "kent".equals(r.key()), Duration.ofSeconds(1)).size());
            assertEquals("place.registered", got.get(0).event().type());
        }
    }
}
