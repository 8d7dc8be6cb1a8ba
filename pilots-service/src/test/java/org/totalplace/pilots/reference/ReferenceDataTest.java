package org.totalplace.pilots.reference;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.totalplace.events.OrganisationSnapshot;
import org.totalplace.events.EventJson;
import org.totalplace.events.PlaceSnapshot;
import org.totalplace.events.Topics;
import org.totalplace.pilots.Rows;
import org.totalplace.testsupport.EventProbe;
import org.totalplace.testsupport.KafkaTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReferenceDataTest {

    static final Set<String> REFERENCE_PLACES = Set.of("dorset-poole-bournemouth", "kent", "croydon", "lewisham",
            "luton-central-bedfordshire", "leicester-leicestershire", "coventry-solihull", "worcestershire",
            "birmingham", "bradford", "manchester-city-region", "south-tyneside-gateshead-sunderland", "durham",
            "cambridgeshire", "essex", "hertfordshire", "norfolk", "peterborough", "southend-on-sea", "suffolk");

    @Inject
    ReferenceDataLoader loader;

    @Test
    void listingPilotsGivesTheThirteenPilotsOfTheBudget() {
        given().queryParam("kind", "PILOT").queryParam("size", 50)
                .when().get("/api/v1/places")
                .then().statusCode(200)
                .body("total", equalTo(13))
                .body("items.name", containsInAnyOrder("Dorset, Poole & Bournemouth", "Kent", "Croydon", "Lewisham",
                        "Luton and Central Bedfordshire", "Leicester and Leicestershire", "Coventry & Solihull",
                        "Worcestershire", "Birmingham", "Bradford", "Manchester City Region",
                        "South Tyneside, Gateshead & Sunderland", "Durham"))
                .body("items.kind", everyItem(equalTo("PILOT")))
                .body("items.finalReportDue", everyItem(equalTo("2010-02-19")));
    }

    @Test
    void leicesterAndLeicestershireHasItsSeventeenOrganisationsWithRoles() {
        given().when().get("/api/v1/places/leicester-leicestershire")
                .then().statusCode(200)
                .body("theme", equalTo("Alcohol and drugs"))
                .body("approach", equalTo("NARROW_DEEP"))
                .body("subThemes", hasItem("Access to Services (county area)"))
                .body("aspirations", hasSize(2))
                .body("localAuthorityAreas", containsInAnyOrder("E06000016", "E10000018"))
                .body("population", equalTo(1067121))
                .body("populationYear", equalTo(2020))
                .body("populationSource", notNullValue());
        var organisations = given().when().get("/api/v1/places/leicester-leicestershire/organisations")
                .then().statusCode(200).body("$", hasSize(17))
                .extract().jsonPath();
        List<String> roles = organisations.getList("role");
        assertEquals(2, roles.stream().filter("LEAD"::equals).count());
        assertEquals(15, roles.stream().filter("PARTNER"::equals).count());
        given().when().get("/api/v1/places/leicester-leicestershire/organisations")
                .then().body("find { it.organisation.id == 'leicestershire-county-council' }.role", equalTo("LEAD"))
                .body("find { it.organisation.id == 'leicestershire-county-council' }.organisation.gssCode", equalTo("E10000018"))
                .body("find { it.organisation.id == 'leicestershire-county-council' }.organisation.orgId", equalTo("GB-LAE-LEC"))
                .body("find { it.organisation.id == 'university-hospitals-of-leicester-nhs-trust' }.organisation.type", equalTo("NHS_TRUST"))
                .body("find { it.organisation.id == 'leicestershire-probation-service' }.organisation.type", equalTo("PROBATION_SERVICE"));
    }

    @Test
    void lutonAndCentralBedfordshireHasJointLeadsSubThemesAndDocuments() {
        given().when().get("/api/v1/places/luton-central-bedfordshire")
                .then().statusCode(200)
                .body("subThemes", containsInAnyOrder("Access to benefits", "Integrated offender management"))
                .body("localAuthorityAreas", containsInAnyOrder("E06000032", "E06000056"));
        given().when().get("/api/v1/places/luton-central-bedfordshire/partnerships")
                .then().statusCode(200).body("findAll { it.role == 'LEAD' }.organisationName",
                        containsInAnyOrder("Central Bedfordshire Council", "Luton Borough Council"));
        given().when().get("/api/v1/places/luton-central-bedfordshire/documents")
                .then().statusCode(200).body("kind", hasItem("FINAL_REPORT")).body("$", hasSize(7));
    }

    @Test
    void parallelPlacesCarryTheirImprovementEastAwardsAsExactAmounts() {
        given().queryParam("kind", "PARALLEL_PLACE").queryParam("tag", "east-of-england").queryParam("size", 50)
                .when().get("/api/v1/places")
                .then().statusCode(200).body("total", equalTo(7));
        given().when().get("/api/v1/places/essex/funding")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].amount", equalTo("300000.00"))
                .body("[0].currency", equalTo("GBP"))
                .body("[0].financialYear", equalTo("2009-10"))
                .body("[0].funder", equalTo("Improvement East"));
        given().when().get("/api/v1/places/suffolk/funding")
                .then().statusCode(200).body("amount", containsInAnyOrder("50000.00", "150000.00"));
    }

    @Test
    void anonymousCallersSeeOnlyTheRoleAndOrganisationOfContacts() {
        given().when().get("/api/v1/places/leicester-leicestershire/contacts")
                .then().statusCode(200)
                .body("$", hasSize(3))
                .body("name", everyItem(nullValue()))
                .body("email", everyItem(nullValue()))
                .body("phone", everyItem(nullValue()))
                .body("personalDataWithheld", everyItem(equalTo(true)))
                .body("role", hasItem("Deputy Head of Strategic Finance; project manager for the count"))
                .body("organisation", hasItem("Leicestershire County Council"));
    }

    @Test
    @TestSecurity(user = "val", roles = "viewer")
    void viewersSeeContactsInFull() {
        given().when().get("/api/v1/places/leicester-leicestershire/contacts")
                .then().statusCode(200)
                .body("name", hasItem("Chris Tambini"))
                .body("email", hasItem("Chris.Tambini@leics.gov.uk"))
                .body("phone", hasItem("0116 305 6199"))
                .body("personalDataWithheld", everyItem(equalTo(false)));
    }

    @Test
    void loadingPublishedEveryPlaceOrganisationAndPartnershipOnce() {
        try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.PILOTS)) {
            var registered = probe.await(r -> r.event().type().equals("place.registered")
                            && "leicester-leicestershire".equals(r.key()), l -> !l.isEmpty(), Duration.ofSeconds(30));
            PlaceSnapshot snapshot = EventJson.data(registered.getFirst().event(), PlaceSnapshot.class);
            assertEquals("Alcohol and drugs", snapshot.theme());
            assertEquals(List.of("E06000016", "E10000018"), snapshot.gssCodes());
            assertEquals(2020, snapshot.populationYear());

            probe.await(r -> r.event().type().equals("partnership.changed") && "leicester-leicestershire".equals(r.key()),
                    l -> l.size() >= 17, Duration.ofSeconds(30));
            var county = probe.await(r -> r.event().type().equals("organisation.upserted")
                    && "leicestershire-county-council".equals(r.key()), l -> !l.isEmpty(), Duration.ofSeconds(30));
            assertEquals("COUNTY_COUNCIL", EventJson.data(county.getFirst().event(), OrganisationSnapshot.class).type());

            probe.await(r -> r.event().type().equals("place.registered") && REFERENCE_PLACES.contains(r.key()),
                    l -> l.size() >= REFERENCE_PLACES.size(), Duration.ofSeconds(30));
            var everyPlace = probe.drain(r -> r.event().type().equals("place.registered")
                    && REFERENCE_PLACES.contains(r.key()), Duration.ofSeconds(1));
            assertEquals(REFERENCE_PLACES, everyPlace.stream().map(EventProbe.Received::key).collect(Collectors.toSet()));
            assertEquals(REFERENCE_PLACES.size(), everyPlace.size());
            assertEquals(1, probe.drain(r -> r.event().type().equals("place.registered")
                    && "leicester-leicestershire".equals(r.key()), Duration.ofMillis(200)).size());
            assertEquals(17, probe.drain(r -> r.event().type().equals("partnership.changed")
                    && "leicester-leicestershire".equals(r.key()), Duration.ofMillis(200)).size());
            assertEquals(1, probe.drain(r -> r.event().type().equals("organisation.upserted")
                    && "leicestershire-county-council".equals(r.key()), Duration.ofMillis(200)).size());
        }
    }

    @Test
    void loadingAgainWritesAndPublishesNothing() {
        var before = Rows.counts();
        assertEquals(new ReferenceDataLoader.Loaded(0, 0, 0), loader.load());
        assertEquals(before, Rows.counts());
    }
}
