package org.totalplace.counting.importer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.Fixtures;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "fiona", roles = "finance-officer",
        attributes = @SecurityAttribute(key = "places", value = "leicester-leicestershire"))
class ImportApiTest {

    static final String HEADER = "organisation,funding_source,function_code,client_group,capital_revenue,amount,note\n";
    static final List<String> ORGS = List.of("leicester-city-council", "E10000018", "Leicestershire Police Authority",
            "5PC", "GB-LAE-LCE");
    static final List<String> FUNCTIONS = List.of("03.1", "07.4", "10.2", "09.1", "06.1");

    @BeforeEach
    void seed() {
        Fixtures.seedPlacesAndOrganisations();
    }

    static String newCount(String year) {
        return given().contentType(ContentType.JSON)
                .body("{\"placeId\":\"leicester-leicestershire\",\"financialYear\":\"" + year
                        + "\",\"kind\":\"DEEP_DIVE\",\"theme\":\"import " + year + "\"}")
                .when().post("/api/v1/counts").then().statusCode(201).extract().path("id");
    }

    static String csv(int rows, int... badRows) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int row = 2; row <= rows + 1; row++) {
            String amount = (row * 37 % 100000) + "." + String.format("%02d", row % 100);
            String org = ORGS.get(row % ORGS.size());
            String function = FUNCTIONS.get(row % FUNCTIONS.size());
            for (int bad : badRows) {
                if (bad == row) {
                    amount = "ten pounds";
                }
            }
            sb.append(org).append(",council-tax,").append(function).append(",adults,REVENUE,").append(amount)
                    .append(",row ").append(row).append('\n');
        }
        return sb.toString();
    }

    @Test
    void threeBadRowsAmongTenThousandStoreNothingAndAreReportedExactly() {
        String id = newCount("2001-02");
        var errors = given().contentType("text/csv").body(csv(10_000, 17, 5_000, 10_001))
                .when().post("/api/v1/counts/" + id + "/imports").then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        assertEquals(List.of(17, 5_000, 10_001), errors.getList("errors.row"));
        assertEquals(List.of("amount", "amount", "amount"), errors.getList("errors.field"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM expenditure_line WHERE count_id = ?", id));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM line_summary WHERE count_id = ?", id));
    }

    @Test
    void theSameGoodFileImportedTwiceIsStoredOnce() {
        String id = newCount("2002-03");
        String file = csv(10_000);
        given().contentType("text/csv").body(file).when().post("/api/v1/counts/" + id + "/imports")
                .then().statusCode(201).body("status", equalTo("SUCCEEDED")).body("linesStored", equalTo(10_000))
                .body("rowsValid", equalTo(10_000)).body("percent", equalTo(100));
        given().contentType("text/csv").body(file).when().post("/api/v1/counts/" + id + "/imports")
                .then().statusCode(200).body("duplicate", equalTo(true)).body("status", equalTo("DUPLICATE"))
                .body("linesStored", equalTo(0));
        assertEquals(10_000, Fixtures.count("SELECT COUNT(*) FROM expenditure_line WHERE count_id = ?", id));
        assertEquals(Fixtures.string("SELECT SUM(amount) FROM expenditure_line WHERE count_id = ?", id),
                Fixtures.string("SELECT SUM(amount) FROM line_summary WHERE count_id = ?", id));
    }

    @Test
    void aLargeImportRunsAsAJobWithProgress() {
        String id = newCount("2003-04");
        String location = given().contentType("text/csv").body(csv(2_000)).queryParam("async", true)
                .when().post("/api/v1/counts/" + id + "/imports").then().statusCode(202)
                .header("Location", containsString("/api/v1/imports/")).extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !"RUNNING".equals(given().when().get(location).then().statusCode(200).extract().path("status")));
        given().when().get(location).then().statusCode(200).body("status", equalTo("SUCCEEDED"))
                .body("rowsRead", equalTo(2_000)).body("percent", equalTo(100)).body("linesStored", equalTo(2_000));
    }

    @Test
    void aJobWhoseLastRowIsBadStoresNothingAndAResentJobIsADuplicate() {
        String id = newCount("2009-10");
        assertEquals("FAILED", finishedJob(id, csv(5_000, 5_001)).getString("status"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM expenditure_line WHERE count_id = ?", id));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM line_summary WHERE count_id = ?", id));

        String good = csv(5_000);
        assertEquals("SUCCEEDED", finishedJob(id, good).getString("status"));
        var again = finishedJob(id, good);
        assertEquals("DUPLICATE", again.getString("status"));
        assertEquals(5_000, again.getInt("rowsValid"));
        assertEquals(5_000, Fixtures.count("SELECT COUNT(*) FROM expenditure_line WHERE count_id = ?", id));
    }

    private static io.restassured.path.json.JsonPath finishedJob(String countId, String csv) {
        String location = given().contentType("text/csv").body(csv).queryParam("async", true)
                .when().post("/api/v1/counts/" + countId + "/imports").then().statusCode(202)
                .extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !"RUNNING".equals(given().when().get(location).then().statusCode(200).extract().path("status")));
        return given().when().get(location).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSpendingOver500FileIsImportedWithALabelMapping() {
        String id = newCount("2004-05");
        String file = "Body Name,Body,Date,Transaction Number,Amount,Supplier Name,Service Area\n"
                + "Leicester City Council,00FN,01/04/2008,T1,\"1,100.00\",Acme Care,Adult Social Care\n"
                + "Leicester City Council,00FN,02/04/2008,T2,£-100.00,Acme Care,Adult Social Care\n"
                + "Leicester City Council,00FN,03/04/2008,T3,\"£2,000.00\",Parks Ltd,Parks\n";
        given().contentType("text/csv").body(file).queryParam("preset", "spending-over-500")
                .queryParam("function", "Adult Social Care=10.2").queryParam("fundingSource", "council-tax")
                .when().post("/api/v1/counts/" + id + "/imports").then().statusCode(422)
                .body("errors[0].row", equalTo(4)).body("errors[0].field", equalTo("function"));
        given().contentType("text/csv").body(file).queryParam("preset", "spending-over-500")
                .queryParam("function", "Adult Social Care=10.2").queryParam("fundingSource", "council-tax")
                .queryParam("unclassified", true)
                .when().post("/api/v1/counts/" + id + "/imports").then().statusCode(201)
                .body("unclassified", equalTo(1)).body("total", equalTo("3000.00"));
        assertEquals("1000.00", Fixtures.string(
                "SELECT SUM(amount) FROM expenditure_line WHERE count_id = ? AND function_code = '10.2'", id));
    }

    @Test
    void badOptionsAreNamed() {
        String id = newCount("2005-06");
        given().contentType("text/csv").body(csv(1)).queryParam("preset", "fancy")
                .when().post("/api/v1/counts/" + id + "/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("preset"));
        given().contentType("text/csv").body(csv(1)).queryParam("column", "colour=Red")
                .when().post("/api/v1/counts/" + id + "/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("column"));
    }

    @Test
    void aSubmittedCountTakesNoImport() {
        String id = newCount("2006-07");
        given().when().post("/api/v1/counts/" + id + "/submit").then().statusCode(200);
        given().contentType("text/csv").body(csv(3)).when().post("/api/v1/counts/" + id + "/imports")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ken", roles = "finance-officer", attributes = @SecurityAttribute(key = "places", value = "kent"))
    void anotherPlacesOfficerIsRefusedWhetherTheCountExistsOrNotAndWhateverTheFile() {
        String draft = Fixtures.insertCount("leicester-leicestershire", "2003-04", "DRAFT");
        given().contentType("text/csv").body(csv(3)).when().post("/api/v1/counts/" + draft + "/imports")
                .then().statusCode(403).contentType("application/problem+json");
        // refused before the options or the file are looked at: no 400 tells them anything
        given().contentType("text/csv").body("not a csv").queryParam("preset", "no-such-preset")
                .when().post("/api/v1/counts/" + draft + "/imports")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("text/csv").body(csv(3)).when().post("/api/v1/counts/no-such-count/imports")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM expenditure_line WHERE count_id = ?", draft));
    }

    @Test
    @TestSecurity(user = "ada", roles = "programme-admin")
    void anAdminLearnsThatACountDoesNotExist() {
        given().contentType("text/csv").body(csv(3)).when().post("/api/v1/counts/no-such-count/imports")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
