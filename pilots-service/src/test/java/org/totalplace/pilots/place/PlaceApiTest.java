package org.totalplace.pilots.place;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.Fixtures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.totalplace.pilots.Fixtures.place;

@QuarkusTest
class PlaceApiTest {

    @Test
    @TestSecurity(user = "ada", roles = "programme-admin")
    void registeredPlaceCanBeReadAndChangedWithItsEtag() {
        String id = Fixtures.unique("thurrock");
        String etag = given().contentType("application/json").body(place(id, "Thurrock"))
                .when().post("/api/v1/places")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/places/" + id))
                .body("id", equalTo(id)).body("kind", equalTo("PARALLEL_PLACE"))
                .body("localAuthorityAreas", contains("E10000012"))
                .extract().header("ETag");

        given().when().get("/api/v1/places/" + id)
                .then().statusCode(200).header("ETag", equalTo(etag))
                .body("name", equalTo("Thurrock")).body("approach", equalTo("WIDE_SHALLOW"))
                .body("populationYear", equalTo(2020)).body("finalReportDue", equalTo("2010-02-19"));

        String changed = place(id, "Thurrock Partnership").replace("\"ACTIVE\"", "\"REPORTED\"");
        String newEtag = given().contentType("application/json").header("If-Match", etag).body(changed)
                .when().put("/api/v1/places/" + id)
                .then().statusCode(200).body("name", equalTo("Thurrock Partnership"))
                .body("status", equalTo("REPORTED"))
                .header("ETag", not(equalTo(etag)))
                .extract().header("ETag");
        given().when().get("/api/v1/places/" + id)
                .then().statusCode(200).header("ETag", equalTo(newEtag)).body("status", equalTo("REPORTED"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "programme-admin")
    void staleOrMissingIfMatchIsRefused() {
        String id = Fixtures.unique("basildon");
        String etag = given().contentType("application/json").body(place(id, "Basildon"))
                .when().post("/api/v1/places").then().statusCode(201).extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag).body(place(id, "Basildon One"))
                .when().put("/api/v1/places/" + id).then().statusCode(200);

        // a second writer still holding the first ETag loses, and nothing of theirs is stored
        given().contentType("application/json").header("If-Match", etag).body(place(id, "Basildon Two"))
                .when().put("/api/v1/places/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().contentType("application/json").body(place(id, "Basildon Three"))
                .when().put("/api/v1/places/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().when().get("/api/v1/places/" + id).then().body("name", equalTo("Basildon One"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "programme-admin")
    void aPlaceIdCanBeRegisteredOnlyOnce() {
        String id = Fixtures.unique("harlow");
        given().contentType("application/json").body(place(id, "Harlow"))
                .when().post("/api/v1/places").then().statusCode(201);
        given().contentType("application/json").body(place(id, "Harlow again"))
                .when().post("/api/v1/places")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersCannotRegisterPlaces() {
        given().contentType("application/json").body(place(Fixtures.unique("anon"), "Anon"))
                .when().post("/api/v1/places")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "olly", roles = "place-officer",
            attributes = @SecurityAttribute(key = "places", value = "leicester-leicestershire"))
    void placeOfficersCannotRegisterPlaces() {
        given().contentType("application/json").body(place(Fixtures.unique("officer"), "Officer's"))
                .when().post("/api/v1/places")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "government-office", roles = "integrator")
    void callersWhoMayNotRegisterPlacesAreRefusedBeforeTheirBodyIsRead() {
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/places")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/organisations")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersAreAskedToSignInBeforeTheirBodyIsRead() {
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/places")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "olly", roles = "place-officer",
            attributes = @SecurityAttribute(key = "places", value = "kent"))
    void placeOfficersChangeOnlyTheirOwnPlaces() {
        String kent = given().when().get("/api/v1/places/kent").then().statusCode(200).extract().asString();
        String etag = given().when().get("/api/v1/places/kent").then().extract().header("ETag");
        String body = kent.replaceFirst("\"version\":\\d+,?", "").replace(",}", "}");
        given().contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/api/v1/places/kent").then().statusCode(200).body("name", equalTo("Kent"));

        String croydonEtag = given().when().get("/api/v1/places/croydon").then().extract().header("ETag");
        given().contentType("application/json").header("If-Match", croydonEtag)
                .body(body.replace("\"id\":\"kent\"", "\"id\":\"croydon\""))
                .when().put("/api/v1/places/croydon")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void unknownPlaceIsNotFound() {
        given().when().get("/api/v1/places/atlantis")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("place 'atlantis' does not exist"));
    }
}
