package org.totalplace.counting.aggregate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input the system-tests' fuzzer (HostileInputFuzzTest) found answered with a 500 or accepted: now 400s. */
@QuarkusTest
@TestSecurity(user = "fiona", roles = "finance-officer",
        attributes = @SecurityAttribute(key = "places", value = "leicester-leicestershire"))
class HostileInputApiTest {

    private static final String LINE = "{\"organisationId\":\"leicester-city-council\",\"fundingSource\":\"council-tax\","
            + "\"functionCode\":\"07.4\",\"capitalRevenue\":\"REVENUE\",\"amount\":\"10.01\"";

    @BeforeEach
    void seed() {
        Fixtures.seedPlacesAndOrganisations();
    }

    @Test
    void aPageWhoseOffsetOverflowsIsA400NamingPage() {
        given().queryParam("page", 1_000_000_000).when().get("/api/v1/counts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        String id = AggregateApiTest.count("1996-97");
        given().queryParam("page", 1_000_000_000).when().get("/api/v1/counts/" + id + "/lines")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("page", 1_000_000_000).when().get("/api/v1/counts/" + id + "/aggregate")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void anOrderOfOnlyAColonIsA400NamingOrder() {
        String id = AggregateApiTest.count("1995-96");
        given().queryParam("order", ":").when().get("/api/v1/counts/" + id + "/aggregate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("order"));
    }

    @Test
    void aPaymentDateGivenAsANumberOrOutsideFourDigitYearsIsA400NamingTheField() {
        String id = AggregateApiTest.count("1994-95");
        // 20091014 was read as days since 1970 (the year 56977), which the database refused with a 500
        for (String date : new String[] {"20091014", "\"-0001-01-01\"", "\"+2009-10-14\"", "[]", "\"2009-02-29\""}) {
            given().contentType(ContentType.JSON).body(LINE + ",\"paymentDate\":" + date + "}")
                    .when().post("/api/v1/counts/" + id + "/lines")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("paymentDate"));
        }
        given().contentType(ContentType.JSON).body(LINE + ",\"paymentDate\":\"2009-10-14\"}")
                .when().post("/api/v1/counts/" + id + "/lines")
                .then().statusCode(201).body("paymentDate", equalTo("2009-10-14"));
    }

    @Test
    void aZipThatIsNoZipIsA400AndStoresNothing() {
        String id = AggregateApiTest.count("1992-93");
        // the refusal must not be mistaken for a failure of the storing transaction it abandons
        given().contentType("application/zip").body("PKnot a zip".getBytes())
                .when().post("/api/v1/counts/" + id + "/imports")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/counts/" + id + "/lines").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aBodyWithAnythingAfterItsJsonValueIsA400() {
        String id = AggregateApiTest.count("1993-94");
        for (String trailer : new String[] {"garbage", LINE + "}", "]"}) {
            given().contentType(ContentType.JSON).body(LINE + "}" + trailer)
                    .when().post("/api/v1/counts/" + id + "/lines")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:totalplace:problem:malformed-body"));
        }
        given().when().get("/api/v1/counts/" + id + "/lines").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aNewCountInAnotherJsonMediaTypeIsA415() {
        for (String type : new String[] {"application/problem+json", "application/json-patch+json"}) {
            given().contentType(type)
                    .body("{\"placeId\":\"leicester-leicestershire\",\"financialYear\":\"1992-93\",\"kind\":\"DEEP_DIVE\","
                            + "\"theme\":\"media type\"}")
                    .when().post("/api/v1/counts")
                    .then().statusCode(415).contentType("application/problem+json");
        }
    }

    @Test
    void theSameCountStartedByManyAtOnceIsOne201AndConflictsNeverA500() throws Exception {
        // the check before the insert saw nothing for all of them; the unique key refused the losers at commit (500)
        String body = "{\"placeId\":\"leicester-leicestershire\",\"financialYear\":\"1991-92\",\"kind\":\"DEEP_DIVE\","
                + "\"theme\":\"race\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON).body(body)
                        .when().post("/api/v1/counts").then().contentType(startsWith("application/"))
                        .extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        } finally {
            pool.shutdown();
        }
    }
}
