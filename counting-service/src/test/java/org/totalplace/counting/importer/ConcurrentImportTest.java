package org.totalplace.counting.importer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.Fixtures;
import org.totalplace.testsupport.AtOnce;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fifty imports into fifty draft counts at the same instant: every one completes with exactly its own rows. */
@QuarkusTest
@TestSecurity(user = "fiona", roles = "finance-officer",
        attributes = @SecurityAttribute(key = "places", value = Fixtures.LEICESTER))
class ConcurrentImportTest {

    private static final int IMPORTS = 50;
    private static final int ROWS = 200;
    private static final List<String> ORGS = List.of("leicester-city-council", "leicestershire-county-council",
            "leicestershire-police", "leicester-city-pct");
    private static final List<String> FUNCTIONS = List.of("03.1", "07.4", "10.2", "09.1", "06.1");

    @BeforeEach
    void seed() {
        Fixtures.seedPlacesAndOrganisations();
    }

    @Test
    void fiftySimultaneousImportsIntoDifferentCountsAllCompleteWithExactlyTheirRows() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> counts = new ArrayList<>();
        List<BigDecimal> totals = new ArrayList<>();
        List<Callable<Response>> imports = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            String count = given().contentType(ContentType.JSON).body("{\"placeId\":\"" + Fixtures.LEICESTER
                            + "\",\"financialYear\":\"2010-11\",\"kind\":\"DEEP_DIVE\",\"theme\":\"import " + run
                            + " " + i + "\"}")
                    .when().post("/api/v1/counts").then().statusCode(201).extract().path("id");
            StringBuilder csv = new StringBuilder(ImportApiTest.HEADER);
            BigDecimal total = BigDecimal.ZERO;
            for (int row = 0; row < ROWS; row++) {
                // amounts differ per count, so lines landing in the wrong count would change both totals
                BigDecimal amount = new BigDecimal((i + 1) * 1000 + row + "." + String.format("%02d", (i + row) % 100));
                total = total.add(amount);
                csv.append(ORGS.get(row % ORGS.size())).append(",council-tax,")
                        .append(FUNCTIONS.get((row + i) % FUNCTIONS.size())).append(",adults,REVENUE,")
                        .append(amount.toPlainString()).append(",count ").append(i).append(" row ").append(row)
                        .append('\n');
            }
            counts.add(count);
            totals.add(total);
            String body = csv.toString();
            imports.add(() -> given().contentType("text/csv").body(body)
                    .when().post("/api/v1/counts/" + count + "/imports").then().extract().response());
        }

        List<Response> answers = AtOnce.run(imports, 5, TimeUnit.MINUTES);

        for (int i = 0; i < IMPORTS; i++) {
            Response answer = answers.get(i);
            // done within the request (201), or started as a job (202) that is polled to its end
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 202,
                    "import " + i + ": " + answer.statusCode() + " " + answer.asString());
            String job = answer.header("Location");
            await().atMost(Duration.ofMinutes(2)).until(() ->
                    !"RUNNING".equals(given().when().get(job).then().statusCode(200).extract().path("status")));
            given().when().get(job).then().statusCode(200).body("status", equalTo("SUCCEEDED"))
                    .body("linesStored", equalTo(ROWS)).body("total", equalTo(totals.get(i).toPlainString()));
            String count = counts.get(i);
            assertEquals(ROWS, Fixtures.count("SELECT COUNT(*) FROM expenditure_line WHERE count_id = ?", count));
            assertEquals(ROWS, Fixtures.count("SELECT COUNT(*) FROM expenditure_line WHERE count_id = ? AND note LIKE ?",
                    count, "count " + i + " row %"), "lines of count " + i + " that came from another count's file");
            assertEquals(totals.get(i).toPlainString(),
                    Fixtures.string("SELECT SUM(amount) FROM expenditure_line WHERE count_id = ?", count));
            assertEquals(ROWS, Fixtures.count("SELECT SUM(line_count) FROM line_summary WHERE count_id = ?", count));
            given().when().get("/api/v1/counts/" + count + "/aggregate").then().statusCode(200)
                    .body("summary.amount", equalTo(totals.get(i).toPlainString()));
        }
    }
}
