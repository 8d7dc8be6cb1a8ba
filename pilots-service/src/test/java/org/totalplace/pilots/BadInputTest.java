package org.totalplace.pilots;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every class of bad input to every write gets a 4xx problem+json naming what was wrong,
 * and leaves every table (the outbox included) exactly as it was.
 */
@QuarkusTest
@TestSecurity(user = "ada", roles = "programme-admin")
class BadInputTest {

    private static final String PLACES = "/api/v1/places";
    private static final String ORGANISATIONS = "/api/v1/organisations";

    /** Sends the request and checks status, media type, the named field and that no row changed. */
    private static ValidatableResponse refused(int status, String field, Function<RequestSpecification, io.restassured.response.Response> call) {
        Map<String, Long> before = Rows.counts();
        ValidatableResponse response = call.apply(given().contentType("application/json")).then()
                .statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(before, Rows.counts(), "nothing may be written by a refused request");
        return response;
    }

    private static Function<RequestSpecification, io.restassured.response.Response> post(String path, String body) {
        return r -> r.body(body).when().post(path);
    }

    private static String newPlace(String replaceFrom, String replaceTo) {
        return Fixtures.place(Fixtures.unique("bad"), "Bad Place").replace(replaceFrom, replaceTo);
    }

    @Test
    void placeWithMissingOrOverlongFieldsIsRefused() {
        refused(400, "name", post(PLACES, newPlace("\"name\": \"Bad Place\",", "")));
        refused(400, "name", post(PLACES, newPlace("Bad Place", "x".repeat(201))));
        refused(400, "kind", post(PLACES, newPlace("\"kind\": \"PARALLEL_PLACE\",", "")));
        refused(400, "id", post(PLACES, Fixtures.place("", "No id").replace("\"id\": \"\",", "")));
        refused(400, "id", post(PLACES, Fixtures.place("Not A Slug", "Bad id")));
        refused(400, "body", r -> r.when().post(PLACES));
    }

    @Test
    void placeWithBadCodesEnumsOrRulesIsRefused() {
        refused(400, "localAuthorityAreas[0]", post(PLACES, newPlace("E10000012", "X1234")));
        refused(400, "localAuthorityAreas[1]", post(PLACES, newPlace("[\"E10000012\"]", "[\"E10000012\", \"E10000012\"]")));
        refused(400, "kind", post(PLACES, newPlace("PARALLEL_PLACE", "TOWN")));
        refused(400, "approach", post(PLACES, newPlace("WIDE_SHALLOW", "SIDEWAYS")));
        refused(400, "population", post(PLACES, newPlace("1497759", "-5")));
        refused(400, "populationYear", post(PLACES, newPlace("\"populationYear\": 2020,", "")));
        refused(400, "interimFindingsDue", post(PLACES, newPlace("2009-10-30", "2010-03-01")));
        refused(400, "postedOn", post(PLACES, newPlace("2009-11-13", "2009-13-45")));
        refused(400, "tags[0]", post(PLACES, newPlace("test-place", "Not A Tag")));
    }

    @Test
    void unknownFieldsMalformedJsonAndOtherMediaTypesAreRefused() {
        refused(400, "colour", post(PLACES, newPlace("\"name\"", "\"colour\": \"blue\", \"name\"")));
        refused(400, null, post(PLACES, "{\"id\": \"broken\", "));
        refused(415, null, r -> r.contentType("text/plain").body("id=x").when().post(PLACES));
        refused(400, "population", post(PLACES, newPlace("1497759", "\"lots\"")));
    }

    @Test
    void conflictingAndStaleWritesAreRefused() {
        refused(409, null, post(PLACES, Fixtures.place("kent", "Kent again")));
        String etag = given().when().get(PLACES + "/kent").then().extract().header("ETag");
        String body = Fixtures.place("kent", "Kent").replace("PARALLEL_PLACE", "PILOT");
        refused(428, null, r -> r.body(body).when().put(PLACES + "/kent"));
        refused(412, null, r -> r.header("If-Match", "\"999\"").body(body).when().put(PLACES + "/kent"));
        refused(400, "id", r -> r.header("If-Match", etag).body(body.replace("\"kent\"", "\"croydon\"")).when().put(PLACES + "/kent"));
        refused(404, null, r -> r.header("If-Match", "\"0\"").body(Fixtures.place("atlantis", "Atlantis")).when().put(PLACES + "/atlantis"));
    }

    @Test
    void badOrganisationsAreRefused() {
        refused(400, "name", post(ORGANISATIONS, "{\"type\": \"OTHER\"}"));
        refused(400, "type", post(ORGANISATIONS, "{\"name\": \"Typeless\", \"type\": \"PARISH\"}"));
        refused(400, "gssCode", post(ORGANISATIONS, "{\"name\": \"Bad GSS\", \"type\": \"OTHER\", \"gssCode\": \"E1\"}"));
        refused(400, "odsCode", post(ORGANISATIONS, "{\"name\": \"Bad ODS\", \"type\": \"NHS_TRUST\", \"odsCode\": \"r!\"}"));
        refused(400, "orgId", post(ORGANISATIONS, "{\"name\": \"Bad org-id\", \"type\": \"OTHER\", \"orgId\": \"leicester\"}"));
        refused(400, "website", post(ORGANISATIONS, "{\"name\": \"Bad web\", \"type\": \"OTHER\", \"website\": \"not a url\"}"));
        refused(400, "website", post(ORGANISATIONS, "{\"name\": \"Ftp web\", \"type\": \"OTHER\", \"website\": \"ftp://example.org\"}"));
        refused(409, "name", post(ORGANISATIONS, "{\"name\": \"Jobcentre plus\", \"type\": \"OTHER\"}"));
        refused(400, "name", post(ORGANISATIONS, "{\"name\": \"" + "a&".repeat(66) + "\", \"type\": \"OTHER\"}"));
        refused(428, null, r -> r.body("{\"name\": \"Jobcentre Plus\", \"type\": \"OTHER\"}").when().put(ORGANISATIONS + "/jobcentre-plus"));
    }

    @Test
    void badPartnershipsAreRefused() {
        String path = PLACES + "/durham/partnerships";
        refused(404, "organisationId", post(path, "{\"organisationId\": \"nobody\", \"role\": \"LEAD\"}"));
        refused(400, "role", post(path, "{\"organisationId\": \"jobcentre-plus\", \"role\": \"BOSS\"}"));
        refused(400, "organisationId", post(path, "{\"role\": \"LEAD\"}"));
        refused(404, null, post(PLACES + "/atlantis/partnerships", "{\"organisationId\": \"jobcentre-plus\", \"role\": \"LEAD\"}"));
        refused(409, null, post(PLACES + "/luton-central-bedfordshire/partnerships",
                "{\"organisationId\": \"jobcentre-plus\", \"role\": \"LEAD\"}"));
    }

    @Test
    void badDetailsAreRefused() {
        String place = PLACES + "/durham";
        refused(400, "date", post(place + "/updates", "{\"text\": \"no date\"}"));
        refused(400, "date", post(place + "/updates", "{\"date\": \"2009-02-30\", \"text\": \"bad date\"}"));
        refused(400, "text", post(place + "/updates", "{\"date\": \"2009-02-03\", \"text\": \"  \"}"));
        refused(404, null, post(PLACES + "/atlantis/updates", "{\"date\": \"2009-02-03\", \"text\": \"x\"}"));

        refused(400, "url", post(place + "/documents", "{\"title\": \"Report\", \"kind\": \"OTHER\", \"url\": \"www.example\"}"));
        refused(400, "kind", post(place + "/documents", "{\"title\": \"Report\", \"kind\": \"POEM\"}"));
        refused(400, "title", post(place + "/documents", "{\"title\": \"" + "t".repeat(301) + "\", \"kind\": \"OTHER\"}"));

        refused(400, "email", post(place + "/contacts", "{\"name\": \"A Person\", \"email\": \"not-an-email\"}"));
        refused(400, "phone", post(place + "/contacts", "{\"name\": \"A Person\", \"phone\": \"call me\"}"));
        refused(400, "name", post(place + "/contacts", "{\"role\": \"Nameless\"}"));

        refused(400, "amount", post(place + "/funding", "{\"funder\": \"IE\", \"amount\": \"-1.00\", \"financialYear\": \"2009-10\"}"));
        refused(400, "amount", post(place + "/funding", "{\"funder\": \"IE\", \"amount\": \"10.005\", \"financialYear\": \"2009-10\"}"));
        refused(400, "amount", post(place + "/funding", "{\"funder\": \"IE\", \"amount\": \"ten pounds\", \"financialYear\": \"2009-10\"}"));
        refused(400, "amount", post(place + "/funding", "{\"funder\": \"IE\", \"financialYear\": \"2009-10\"}"));
        refused(400, "financialYear", post(place + "/funding", "{\"funder\": \"IE\", \"amount\": \"1.00\", \"financialYear\": \"2009-11\"}"));
        refused(400, "financialYear", post(place + "/funding", "{\"funder\": \"IE\", \"amount\": \"1.00\", \"financialYear\": \"09/10\"}"));
        refused(400, "purpose", post(place + "/funding", "{\"funder\": \"IE\", \"amount\": \"1.00\", \"financialYear\": \"2009-10\", \"purpose\": \"" + "p".repeat(2001) + "\"}"));
    }
}
