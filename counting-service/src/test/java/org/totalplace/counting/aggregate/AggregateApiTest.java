package org.totalplace.counting.aggregate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.Fixtures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The story: Leicester & Leicestershire's count imported, finalised, aggregated, corrected and compared. */
@QuarkusTest
@TestSecurity(user = "fiona", roles = "finance-officer",
        attributes = @SecurityAttribute(key = "places", value = "leicester-leicestershire"))
class AggregateApiTest {

    static final String CSV = """
            organisation,funding_source,function_code,client_group,capital_revenue,amount,note
            Leicester City Council,council-tax,07.4,adults,REVENUE,1000.00,treatment
            E10000018,council-tax,07.4,adults,REVENUE,2000.00,treatment
            5PC,dh,07.4,adults,REVENUE,3000.00,treatment
            leicestershire-police,home-office,03.1,offenders,REVENUE,4000.00,custody
            GB-LAE-LCE,business-rates,10.2,older people,CAPITAL,500.50,day centre
            """;

    @BeforeEach
    void seed() {
        Fixtures.seedPlacesAndOrganisations();
    }

    static String count(String year) {
        return given().contentType(ContentType.JSON)
                .body("{\"placeId\":\"leicester-leicestershire\",\"financialYear\":\"" + year
                        + "\",\"kind\":\"DEEP_DIVE\",\"theme\":\"drugs and alcohol\"}")
                .when().post("/api/v1/counts").then().statusCode(201).extract().path("id");
    }

    static void importCsv(String countId, String csv) {
        given().contentType("text/csv").body(csv).when().post("/api/v1/counts/" + countId + "/imports")
                .then().statusCode(201);
    }

    static void finalise(String countId) {
        given().when().post("/api/v1/counts/" + countId + "/submit").then().statusCode(200);
        given().when().post("/api/v1/counts/" + countId + "/finalise").then().statusCode(200);
    }

    @Test
    void aCountWithNoLinesYetAggregatesToZeroRatherThanFailing() {
        String id = count("1998-99");
        given().when().get("/api/v1/counts/" + id + "/aggregate").then().statusCode(200)
                .body("summary.amount", equalTo("0.00")).body("cells", hasSize(0));
        given().queryParam("drilldown", "organisation")
                .when().get("/api/v1/counts/" + id + "/aggregate").then().statusCode(200)
                .body("summary.amount", equalTo("0.00")).body("cells", hasSize(0));
    }

    @Test
    void aFinalisedCountShowsTotalsPerHeadOverlapsFlowsAndAfterACorrectionItsDiff() {
        String id = count("2008-09");
        importCsv(id, CSV);
        finalise(id);

        given().queryParam("drilldown", "organisation").queryParam("order", "amount:desc")
                .when().get("/api/v1/counts/" + id + "/aggregate").then().statusCode(200)
                .body("total", equalTo(4)).body("summary.amount", equalTo("10500.50"))
                .body("summary.perHead", equalTo("0.01")).body("population", equalTo(940000))
                .body("cells[0].dimensions.organisation", equalTo("leicestershire-police"))
                .body("cells[0].labels.organisation", equalTo("Leicestershire Police Authority"))
                .body("cells[0].amount", equalTo("4000.00")).body("cells[0].share", equalTo("0.3809"));
        given().queryParam("drilldown", "function_division").queryParam("cut", "funding_source:council-tax")
                .when().get("/api/v1/counts/" + id + "/aggregate").then().statusCode(200)
                .body("cells", hasSize(1)).body("cells[0].dimensions.function_division", equalTo("07"))
                .body("cells[0].labels.function_division", equalTo("Health"))
                .body("cells[0].amount", equalTo("3000.00"));
        given().queryParam("drilldown", "organisation_type,capital_revenue").queryParam("size", 2)
                .when().get("/api/v1/counts/" + id + "/aggregate").then().statusCode(200)
                .body("cells", hasSize(2)).body("total", equalTo(5)).body("totalPages", equalTo(3))
                .body("cells[0].dimensions.organisation_type", equalTo("POLICE_AUTHORITY"));
        given().queryParam("drilldown", "colour").when().get("/api/v1/counts/" + id + "/aggregate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("drilldown"));

        given().queryParam("min", 3).when().get("/api/v1/counts/" + id + "/overlaps").then().statusCode(200)
                .body("", hasSize(1)).body("[0].functionCode", equalTo("07.4"))
                .body("[0].functionName", equalTo("Public health services"))
                .body("[0].organisations", equalTo(3)).body("[0].amount", equalTo("6000.00"))
                .body("[0].funders.organisationId", hasItem("leicester-city-pct"));
        given().when().get("/api/v1/counts/" + id + "/flows").then().statusCode(200)
                .body("links", hasSize(10)).body("nodes.id", hasItem("fund:council-tax"))
                .body("nodes.id", hasItem("fn:07"));

        String correction = given().when().post("/api/v1/counts/" + id + "/corrections").then().statusCode(201)
                .extract().path("id");
        importCsv(correction, "organisation,funding_source,function_code,capital_revenue,amount\n"
                + "leicestershire-police,home-office,03.1,REVENUE,250.00\n");
        finalise(correction);
        given().when().get("/api/v1/counts/" + id + "/diff/" + correction).then().statusCode(200)
                .body("total", equalTo("10500.50")).body("otherTotal", equalTo("10750.50"))
                .body("change", equalTo("250.00")).body("linesOnlyHere", equalTo(0))
                .body("linesOnlyThere", equalTo(1)).body("changes", hasSize(1))
                .body("changes[0].dimensions.organisation", equalTo("leicestershire-police"))
                .body("changes[0].change", equalTo("250.00"));

        given().queryParam("year", "2008-09").queryParam("kind", "DEEP_DIVE")
                .queryParam("drilldown", "function_division")
                .when().get("/api/v1/comparisons").then().statusCode(200)
                .body("places.find { it.placeId == 'leicester-leicestershire' }.countId", equalTo(correction))
                .body("places.find { it.placeId == 'leicester-leicestershire' }.amount", equalTo("10750.50"))
                .body("places.find { it.placeId == 'leicester-leicestershire' }.perHead", equalTo("0.01"));
        given().queryParam("year", "2008").when().get("/api/v1/comparisons").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void anExportImportsBackUnchangedAsCsvAndAsAFiscalDataPackage() throws Exception {
        String id = count("2010-11");
        importCsv(id, CSV);
        String csv = given().queryParam("format", "csv").when().get("/api/v1/counts/" + id + "/export")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        byte[] fdp = given().queryParam("format", "fdp").when().get("/api/v1/counts/" + id + "/export")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        List<String> entries = new ArrayList<>();
        String descriptor = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(fdp))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
                if (e.getName().equals("datapackage.json")) {
                    descriptor = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals(List.of("datapackage.json", "data/lines.csv"), entries);
        io.restassured.path.json.JsonPath dp = io.restassured.path.json.JsonPath.from(descriptor);
        assertEquals("GBP", dp.getString("model.measures.amount.currency"));
        assertEquals("function_code", dp.getString("model.dimensions.function.primaryKey"));

        String copy = count("2011-12");
        given().contentType("text/csv").body(csv).when().post("/api/v1/counts/" + copy + "/imports")
                .then().statusCode(201).body("linesStored", equalTo(5)).body("total", equalTo("10500.50"));
        // the package carries the same CSV: recognised as the same file
        given().contentType("application/zip").body(fdp).when().post("/api/v1/counts/" + copy + "/imports")
                .then().statusCode(200).body("duplicate", equalTo(true));
        String viaPackage = count("2012-13");
        given().contentType("application/zip").body(fdp).when().post("/api/v1/counts/" + viaPackage + "/imports")
                .then().statusCode(201).body("linesStored", equalTo(5));
        given().when().get("/api/v1/counts/" + id + "/diff/" + viaPackage).then().statusCode(200)
                .body("change", equalTo("0.00")).body("linesOnlyHere", equalTo(0)).body("linesOnlyThere", equalTo(0));
        given().queryParam("format", "xls").when().get("/api/v1/counts/" + id + "/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    @TestSecurity(user = "ken", roles = "finance-officer", attributes = @SecurityAttribute(key = "places", value = "kent"))
    void aDraftsAggregatesDoNotExistForOtherPlaces() {
        String draft = Fixtures.string("SELECT id FROM expenditure_count WHERE place_id = 'leicester-leicestershire'"
                + " AND status = 'DRAFT' LIMIT 1");
        String target = draft == null ? "no-such-count" : draft;
        given().when().get("/api/v1/counts/" + target + "/aggregate").then().statusCode(404);
        given().when().get("/api/v1/counts/" + target + "/export").then().statusCode(404);
    }
}
