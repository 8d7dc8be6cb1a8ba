package org.totalplace.pilots.partnership;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.totalplace.events.EventJson;
import org.totalplace.events.PartnershipChanged;
import org.totalplace.events.Topics;
import org.totalplace.pilots.Fixtures;
import org.totalplace.pilots.organisation.OrganisationNames;
import org.totalplace.testsupport.EventProbe;
import org.totalplace.testsupport.KafkaTestResource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PartnershipApiTest {

    @Test
    @TestSecurity(user = "ada", roles = "programme-admin")
    void anOrganisationJoinsAndLeavesAPlaceAndEachChangeIsPublishedOnce() {
        String place = Fixtures.unique("rochford");
        given().contentType("application/json").body(Fixtures.place(place, "Rochford"))
                .when().post("/api/v1/places").then().statusCode(201);
        String name = Fixtures.unique("Rochford District Council");
        String organisation = OrganisationNames.normalise(name);
        given().contentType("application/json").body(Fixtures.organisation(name, "DISTRICT_COUNCIL"))
                .when().post("/api/v1/organisations").then().statusCode(201);

        given().contentType("application/json")
                .body("{\"organisationId\": \"%s\", \"role\": \"LEAD\", \"since\": \"2009-04-22\"}".formatted(organisation))
                .when().post("/api/v1/places/" + place + "/partnerships")
                .then().statusCode(201).body("organisationName", equalTo(name)).body("role", equalTo("LEAD"));
        given().when().get("/api/v1/places/" + place + "/organisations")
                .then().statusCode(200).body("organisation.id", contains(organisation))
                .body("since", contains("2009-04-22"));
        given().when().get("/api/v1/places?organisation=" + organisation)
                .then().statusCode(200).body("items.id", contains(place));

        // joining twice is a conflict, not a second membership
        given().contentType("application/json")
                .body("{\"organisationId\": \"%s\", \"role\": \"PARTNER\"}".formatted(organisation))
                .when().post("/api/v1/places/" + place + "/partnerships")
                .then().statusCode(409).contentType("application/problem+json");

        given().when().delete("/api/v1/places/" + place + "/partnerships/" + organisation).then().statusCode(204);
        given().when().get("/api/v1/places/" + place + "/partnerships").then().statusCode(200).body("$", hasSize(0));
        given().when().delete("/api/v1/places/" + place + "/partnerships/" + organisation)
                .then().statusCode(404).contentType("application/problem+json");

        try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.PILOTS)) {
            probe.await(r -> place.equals(r.key()) && r.event().type().equals("partnership.changed"),
                    l -> l.size() >= 2, Duration.ofSeconds(20));
            List<PartnershipChanged> changes = probe.drain(r -> place.equals(r.key())
                            && r.event().type().equals("partnership.changed"), Duration.ofSeconds(1)).stream()
                    .map(r -> EventJson.data(r.event(), PartnershipChanged.class)).toList();
            assertEquals(List.of(
                    new PartnershipChanged(place, organisation, "LEAD", LocalDate.of(2009, 4, 22), true),
                    new PartnershipChanged(place, organisation, "LEAD", LocalDate.of(2009, 4, 22), false)), changes);
        }
    }

    @Test
    @TestSecurity(user = "olly", roles = "place-officer",
            attributes = @SecurityAttribute(key = "places", value = "croydon"))
    void placeOfficersManageTheirOwnPlacesPartnershipsOnly() {
        given().contentType("application/json")
                .body("{\"organisationId\": \"jobcentre-plus\", \"role\": \"PARTNER\"}")
                .when().post("/api/v1/places/lewisham/partnerships")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"organisationId\": \"jobcentre-plus\", \"role\": \"PARTNER\"}")
                .when().post("/api/v1/places/croydon/partnerships")
                .then().statusCode(201);
        given().when().get("/api/v1/organisations/jobcentre-plus/places")
                .then().statusCode(200).body("placeId", contains("croydon", "luton-central-bedfordshire"));
        given().when().delete("/api/v1/places/croydon/partnerships/jobcentre-plus").then().statusCode(204);
    }
}
