package org.totalplace.pilots.organisation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.Fixtures;
import org.totalplace.pilots.Rows;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OrganisationApiTest {

    @Test
    @TestSecurity(user = "ada", roles = "programme-admin")
    void registeredOrganisationIsFoundByIdAndSearch() {
        String name = Fixtures.unique("Thurrock Council");
        String id = OrganisationNames.normalise(name);
        given().contentType("application/json").body("""
                        {"name": "%s", "type": "UNITARY_COUNCIL", "website": "https://www.thurrock.gov.uk"}
                        """.formatted(name))
                .when().post("/api/v1/organisations")
                .then().statusCode(201).body("id", equalTo(id)).body("type", equalTo("UNITARY_COUNCIL"));
        given().when().get("/api/v1/organisations/" + id)
                .then().statusCode(200).body("website", equalTo("https://www.thurrock.gov.uk"));
        given().queryParam("q", name.substring(name.length() - 8)).when().get("/api/v1/organisations")
                .then().statusCode(200).body("items.id", contains(id));
        given().queryParam("type", "NHS_TRUST").queryParam("size", 100).when().get("/api/v1/organisations")
                .then().statusCode(200).body("items.id", hasItem("leicestershire-partnership-nhs-trust"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "programme-admin")
    void theSameBodyIsNotRecordedTwice() {
        var before = Rows.counts();
        // same identifier under another name
        given().contentType("application/json").body("""
                        {"name": "Leics CC", "type": "COUNTY_COUNCIL", "gssCode": "E10000018"}
                        """)
                .when().post("/api/v1/organisations")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("leicestershire-county-council"))
                .body("errors[0].field", equalTo("gssCode"));
        // same name in another spelling
        given().contentType("application/json").body("""
                        {"name": "  LEICESTER, Leicestershire & Rutland Police Authority ", "type": "POLICE_AUTHORITY"}
                        """)
                .when().post("/api/v1/organisations")
                .then().statusCode(409)
                .body("detail", containsString("leicester-leicestershire-and-rutland-police-authority"))
                .body("errors[0].field", equalTo("name"));
        given().contentType("application/json").body("""
                        {"name": "University Hospitals Leicester", "type": "NHS_TRUST", "odsCode": "RWE"}
                        """)
                .when().post("/api/v1/organisations")
                .then().statusCode(409).body("errors[0].field", equalTo("odsCode"))
                .body("errors[0].message", containsString("university-hospitals-of-leicester-nhs-trust"));
        assertEquals(before, Rows.counts());
    }

    @Test
    @TestSecurity(user = "ada", roles = "programme-admin")
    void organisationDetailsChangeWithTheirEtag() {
        String name = Fixtures.unique("Basildon Council");
        String id = OrganisationNames.normalise(name);
        String etag = given().contentType("application/json").body(Fixtures.organisation(name, "DISTRICT_COUNCIL"))
                .when().post("/api/v1/organisations").then().statusCode(201).extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag)
                .body("""
                        {"name": "%s", "type": "DISTRICT_COUNCIL", "orgId": "GB-LAE-BAI"}
                        """.formatted(name))
                .when().put("/api/v1/organisations/" + id)
                .then().statusCode(200).body("orgId", equalTo("GB-LAE-BAI"));
        given().contentType("application/json").header("If-Match", etag).body(Fixtures.organisation(name, "OTHER"))
                .when().put("/api/v1/organisations/" + id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "olly", roles = "place-officer",
            attributes = @SecurityAttribute(key = "places", value = "leicester-leicestershire"))
    void onlyProgrammeAdminsRegisterOrganisations() {
        given().contentType("application/json").body(Fixtures.organisation(Fixtures.unique("Officer Org"), "OTHER"))
                .when().post("/api/v1/organisations")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anOrganisationListsThePlacesItTakesPartIn() {
        given().when().get("/api/v1/organisations/leicestershire-county-council/places")
                .then().statusCode(200)
                .body("placeId", contains("leicester-leicestershire"))
                .body("role", contains("LEAD"))
                .body("kind", contains("PILOT"));
        given().when().get("/api/v1/organisations/nobody/places")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
