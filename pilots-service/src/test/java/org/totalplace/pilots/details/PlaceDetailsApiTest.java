package org.totalplace.pilots.details;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Progress updates, documents, contacts and funding awards, written by the place's officer. */
@QuarkusTest
class PlaceDetailsApiTest {

    @Test
    @TestSecurity(user = "olly", roles = "place-officer",
            attributes = @SecurityAttribute(key = "places", value = "bradford"))
    void placeOfficerRecordsUpdatesDocumentsContactsAndFunding() {
        given().contentType("application/json").body("{\"date\": \"2009-12-01\", \"text\": \"Count submitted.\"}")
                .when().post("/api/v1/places/bradford/updates")
                .then().statusCode(201).body("date", equalTo("2009-12-01"));
        given().when().get("/api/v1/places/bradford/updates").then().statusCode(200)
                .body("text", hasItem("Count submitted."));

        given().contentType("application/json").body("""
                        {"title": "Bradford interim report", "kind": "INTERIM_REPORT",
                         "url": "https://www.bradford.gov.uk/total-place/interim.pdf", "date": "2009-10-01"}""")
                .when().post("/api/v1/places/bradford/documents")
                .then().statusCode(201).body("kind", equalTo("INTERIM_REPORT"));
        given().when().get("/api/v1/places/bradford/documents").then().statusCode(200)
                .body("url", hasItem("https://www.bradford.gov.uk/total-place/interim.pdf"));

        given().contentType("application/json").body("""
                        {"name": "Pat Example", "role": "Programme manager", "organisation": "Bradford Council",
                         "email": "pat@bradford.gov.uk", "phone": "01274 000000"}""")
                .when().post("/api/v1/places/bradford/contacts")
                .then().statusCode(201).body("name", equalTo("Pat Example"));

        given().contentType("application/json").body("""
                        {"funder": "Leadership Centre", "amount": "1100.5", "financialYear": "2009-10", "purpose": "Facilitation"}""")
                .when().post("/api/v1/places/bradford/funding")
                .then().statusCode(201).body("amount", equalTo("1100.50")).body("currency", equalTo("GBP"));
        given().contentType("application/json").body("""
                        {"funder": "Leadership Centre", "amount": "0", "financialYear": "1999-00"}""")
                .when().post("/api/v1/places/bradford/funding")
                .then().statusCode(201).body("amount", equalTo("0.00"));
        given().when().get("/api/v1/places/bradford/funding").then().statusCode(200)
                .body("amount", hasItem("1100.50"));
    }

    @Test
    void anonymousCallersReadDetailsButSeeNoPersonalData() {
        given().when().get("/api/v1/places/luton-central-bedfordshire/contacts")
                .then().statusCode(200)
                .body("find { it.role == 'Programme director' }.name", nullValue())
                .body("find { it.role == 'Programme director' }.email", nullValue())
                .body("find { it.role == 'Programme director' }.organisation", equalTo("Luton Borough Council"));
        given().when().get("/api/v1/places/leicester-leicestershire/updates")
                .then().statusCode(200).body("[0].date", equalTo("2010-02-18"));
    }

    @Test
    @TestSecurity(user = "fin", roles = "finance-officer",
            attributes = @SecurityAttribute(key = "places", value = "bradford"))
    void staffWithOtherRolesSeeContactsButCannotWriteThem() {
        given().when().get("/api/v1/places/luton-central-bedfordshire/contacts")
                .then().statusCode(200).body("name", hasItem("Robin Porter"));
        given().contentType("application/json").body("{\"name\": \"Someone\"}")
                .when().post("/api/v1/places/bradford/contacts")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "lou", roles = "place-officer",
            attributes = @SecurityAttribute(key = "places", value = "luton-central-bedfordshire"))
    void anotherPlacesOfficerIsRefusedWhateverTheBodyAndWhetherThePlaceExists() {
        for (String detail : List.of("updates", "documents", "contacts", "funding", "partnerships")) {
            // an invalid body, malformed JSON, or a place that does not exist: always the same 403, never a 400/404
            for (String body : List.of("{}", "{\"date\":")) {
                given().contentType("application/json").body(body)
                        .when().post("/api/v1/places/leicester-leicestershire/" + detail)
                        .then().statusCode(403).contentType("application/problem+json");
            }
            given().contentType("application/json").body("{}").when().post("/api/v1/places/no-such-place/" + detail)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().when().delete("/api/v1/places/leicester-leicestershire/partnerships/leicester-city-council")
                .then().statusCode(403);
        given().contentType("application/json").body("{}").when().put("/api/v1/places/leicester-leicestershire")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aPublicReadWithABadTokenIsRefusedNotServedAsAnonymous() {
        given().header("Authorization", "Bearer not.a.token").when().get("/api/v1/places/leicester-leicestershire/updates")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersCannotWriteDetails() {
        given().contentType("application/json").body("{\"date\": \"2009-12-01\", \"text\": \"x\"}")
                .when().post("/api/v1/places/bradford/updates")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
