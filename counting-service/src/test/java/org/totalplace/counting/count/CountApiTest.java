package org.totalplace.counting.count;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.Fixtures;
import org.totalplace.events.Topics;
import org.totalplace.testsupport.EventProbe;
import org.totalplace.testsupport.KafkaTestResource;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CountApiTest {

    static final String LINE = """
            {"organisationId":"leicestershire-police","fundingSource":"Home Office","functionCode":"03.1",
             "clientGroup":"offenders","capitalRevenue":"REVENUE","amount":"1100.00"}""";

    @BeforeEach
    void seed() {
        Fixtures.seedPlacesAndOrganisations();
    }

    static String create(String year, String kind, String theme) {
        return given().contentType(ContentType.JSON)
                .body("{\"placeId\":\"leicester-leicestershire\",\"financialYear\":\"" + year + "\",\"kind\":\"" + kind
                        + "\"" + (theme == null ? "" : ",\"theme\":\"" + theme + "\"") + "}")
                .when().post("/api/v1/counts").then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("version", equalTo(1)).extract().path("id");
    }

    @Test
    @TestSecurity(user = "fiona", roles = "finance-officer",
            attributes = @SecurityAttribute(key = "places", value = "leicester-leicestershire"))
    void finalisingPublishesCountFinalisedExactlyOnceAndACorrectionSupersedesIt() {
        String id = create("2008-09", "HIGH_LEVEL", null);
        given().contentType(ContentType.JSON).body(LINE).when().post("/api/v1/counts/" + id + "/lines")
                .then().statusCode(201).body("amount", equalTo("1100.00")).body("fundingSource", equalTo("home-office"));
        given().when().post("/api/v1/counts/" + id + "/finalise").then().statusCode(409)
                .contentType("application/problem+json");
        given().when().post("/api/v1/counts/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("fiona"))
                .body("submittedAt", notNullValue());
        given().contentType(ContentType.JSON).body(LINE).when().post("/api/v1/counts/" + id + "/lines")
                .then().statusCode(409).contentType("application/problem+json");
        given().when().post("/api/v1/counts/" + id + "/finalise").then().statusCode(200)
                .body("status", equalTo("FINAL")).body("finalisedBy", equalTo("fiona"));
        given().when().post("/api/v1/counts/" + id + "/finalise").then().statusCode(409);
        given().when().post("/api/v1/counts/" + id + "/reopen").then().statusCode(409);

        String correction = given().when().post("/api/v1/counts/" + id + "/corrections").then().statusCode(201)
                .body("version", equalTo(2)).body("status", equalTo("DRAFT")).body("supersedesId", equalTo(id))
                .extract().path("id");
        given().when().post("/api/v1/counts/" + id + "/corrections").then().statusCode(409);
        given().when().get("/api/v1/counts/" + correction + "/lines").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].amount", equalTo("1100.00"));
        given().when().post("/api/v1/counts/" + correction + "/submit").then().statusCode(200);
        given().when().post("/api/v1/counts/" + correction + "/finalise").then().statusCode(200);
        given().when().get("/api/v1/counts/" + id).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED")).body("supersededById", equalTo(correction));
        given().when().get("/api/v1/counts/" + correction).then().statusCode(200).body("status", equalTo("FINAL"));

        try (EventProbe probe = new EventProbe(KafkaTestResource.bootstrapServers(), Topics.COUNTING)) {
            probe.await(r -> r.event().data().path("countId").asText().equals(correction)
                    && r.event().type().equals("count.finalised"), l -> !l.isEmpty(), Duration.ofSeconds(30));
            var finalised = probe.drain(r -> r.event().type().equals("count.finalised")
                    && r.event().data().path("countId").asText().equals(id), Duration.ofSeconds(2));
            assertEquals(1, finalised.size());
            assertEquals("leicester-leicestershire", finalised.get(0).key());
            assertEquals(0, new java.math.BigDecimal("1100.00")
                    .compareTo(finalised.get(0).event().data().path("total").decimalValue()));
            var superseded = probe.drain(r -> r.event().type().equals("count.superseded"), Duration.ofMillis(200));
            assertEquals(1, superseded.stream()
                    .filter(r -> r.event().data().path("countId").asText().equals(id)).count());
            assertEquals(correction, superseded.stream()
                    .filter(r -> r.event().data().path("countId").asText().equals(id)).findFirst().orElseThrow()
                    .event().data().path("supersededBy").asText());
        }
    }

    @Test
    @TestSecurity(user = "fiona", roles = "finance-officer",
            attributes = @SecurityAttribute(key = "places", value = "leicester-leicestershire"))
    void badCountsAreRefusedNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"placeId\":\"leicester-leicestershire\",\"financialYear\":\"2008-10\",\"kind\":\"DEEP_DIVE\"}")
                .when().post("/api/v1/counts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("financialYear")).body("errors.field", hasItem("theme"));
        given().contentType(ContentType.JSON)
                .body("{\"placeId\":\"leicester-leicestershire\",\"financialYear\":\"2007-08\",\"kind\":\"LOW\"}")
                .when().post("/api/v1/counts").then().statusCode(400).body("errors.field", hasItem("kind"));
        String id = create("2007-08", "DEEP_DIVE", "drugs and alcohol");
        given().contentType(ContentType.JSON)
                .body("{\"placeId\":\"leicester-leicestershire\",\"financialYear\":\"2007-08\",\"kind\":\"DEEP_DIVE\","
                        + "\"theme\":\"drugs and alcohol\"}")
                .when().post("/api/v1/counts").then().statusCode(409);
        given().contentType(ContentType.JSON).body(LINE.replace("03.1", "99.9").replace("leicestershire-police", "x"))
                .when().post("/api/v1/counts/" + id + "/lines").then().statusCode(400)
                .body("errors.field", hasItem("functionCode")).body("errors.field", hasItem("organisationId"));
        given().contentType(ContentType.JSON).body(LINE.replace("1100.00", "1.005"))
                .when().post("/api/v1/counts/" + id + "/lines").then().statusCode(400)
                .body("errors.field", hasItem("amount"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM expenditure_line WHERE count_id = ?", id));
    }

    @Test
    @TestSecurity(user = "fiona", roles = "finance-officer",
            attributes = @SecurityAttribute(key = "places", value = "leicester-leicestershire"))
    void linesAreCorrectedWithTheirEtagAndRemovedKeepingTheSummaryInStep() {
        String id = create("2006-07", "HIGH_LEVEL", null);
        var created = given().contentType(ContentType.JSON).body(LINE).when().post("/api/v1/counts/" + id + "/lines")
                .then().statusCode(201).extract();
        int lineId = created.path("id");
        String etag = created.header("ETag");
        given().contentType(ContentType.JSON).body(LINE.replace("1100.00", "2000.50"))
                .when().put("/api/v1/counts/" + id + "/lines/" + lineId).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(LINE.replace("1100.00", "2000.50"))
                .when().put("/api/v1/counts/" + id + "/lines/" + lineId).then().statusCode(200)
                .body("amount", equalTo("2000.50"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(LINE)
                .when().put("/api/v1/counts/" + id + "/lines/" + lineId).then().statusCode(412);
        assertEquals("2000.50", Fixtures.string("SELECT SUM(amount) FROM line_summary WHERE count_id = ?", id));
        given().when().delete("/api/v1/counts/" + id + "/lines/" + lineId).then().statusCode(204);
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM line_summary WHERE count_id = ?", id));
    }

    @Test
    @TestSecurity(user = "fiona", roles = "finance-officer",
            attributes = @SecurityAttribute(key = "places", value = "leicester-leicestershire"))
    void aCreditNoteIsANegativeLineTheContractAccepts() {
        String id = create("2005-06", "HIGH_LEVEL", null);
        // the contract filter checks this accepted request against the published schema: a credit must be valid there
        given().contentType(ContentType.JSON).body(LINE.replace("1100.00", "-250.40"))
                .when().post("/api/v1/counts/" + id + "/lines").then().statusCode(201).body("amount", equalTo("-250.40"));
        assertEquals("-250.40", Fixtures.string("SELECT SUM(amount) FROM line_summary WHERE count_id = ?", id));
    }

    @Test
    @TestSecurity(user = "ken", roles = "finance-officer", attributes = @SecurityAttribute(key = "places", value = "kent"))
    void anotherPlacesDraftDoesNotExistForThisCaller() {
        String draft = Fixtures.insertCount("leicester-leicestershire", "2001-02", "DRAFT");
        String submitted = Fixtures.insertCount("leicester-leicestershire", "2002-03", "SUBMITTED");
        String fin = Fixtures.insertCount("leicester-leicestershire", "2003-04", "FINAL");
        given().when().get("/api/v1/counts/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/counts/" + submitted).then().statusCode(404);
        given().when().get("/api/v1/counts/" + fin).then().statusCode(200);
        given().when().post("/api/v1/counts/" + fin + "/corrections").then().statusCode(403);
        given().when().get("/api/v1/counts?place=leicester-leicestershire&size=500").then().statusCode(200)
                .body("items.id", hasItem(fin)).body("items.id", not(hasItem(draft)))
                .body("items.id", not(hasItem(submitted)));
    }

    @Test
    @TestSecurity(user = "ken", roles = "finance-officer", attributes = @SecurityAttribute(key = "places", value = "kent"))
    void anotherPlacesFinanceOfficerIsRefusedEveryWriteBeforeTheBodyIsLookedAt() {
        String draft = Fixtures.insertCount("leicester-leicestershire", "2006-07", "DRAFT");
        String submitted = Fixtures.insertCount("leicester-leicestershire", "2007-08", "SUBMITTED");
        for (String path : List.of("/lines", "/submit", "/corrections")) {
            given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/counts/" + draft + path)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body("{\"amount\":").header("If-Match", "\"0\"")
                .when().put("/api/v1/counts/" + draft + "/lines/1").then().statusCode(403);
        given().when().delete("/api/v1/counts/" + draft + "/lines/1").then().statusCode(403);
        given().when().post("/api/v1/counts/" + submitted + "/reopen").then().statusCode(403);
        given().when().post("/api/v1/counts/" + submitted + "/finalise").then().statusCode(403);
        // a new count is refused on the place its body names, even when the rest of the body is wrong
        given().contentType(ContentType.JSON).body("{\"placeId\":\"leicester-leicestershire\",\"kind\":\"LOW\"}")
                .when().post("/api/v1/counts").then().statusCode(403).contentType("application/problem+json");
        assertEquals("DRAFT", Fixtures.string("SELECT status FROM expenditure_count WHERE id = ?", draft));
        assertEquals("SUBMITTED", Fixtures.string("SELECT status FROM expenditure_count WHERE id = ?", submitted));
    }

    @Test
    @TestSecurity(user = "ken", roles = "finance-officer", attributes = @SecurityAttribute(key = "places", value = "kent"))
    void writingToACountThatDoesNotExistIsRefusedLikeAnotherPlacesCount() {
        given().when().post("/api/v1/counts/no-such-count/submit").then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(LINE).when().post("/api/v1/counts/no-such-count/lines")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ada", roles = "programme-admin")
    void anAdminLearnsThatACountDoesNotExist() {
        given().when().post("/api/v1/counts/no-such-count/submit").then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(LINE).when().post("/api/v1/counts/no-such-count/lines")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "gov-office", roles = "integrator")
    void integratorsWriteNothing() {
        String submitted = Fixtures.insertCount("leicester-leicestershire", "2008-09", "SUBMITTED");
        given().contentType(ContentType.JSON)
                .body("{\"placeId\":\"leicester-leicestershire\",\"financialYear\":\"2009-10\",\"kind\":\"HIGH_LEVEL\"}")
                .when().post("/api/v1/counts").then().statusCode(403).contentType("application/problem+json");
        given().when().post("/api/v1/counts/" + submitted + "/finalise").then().statusCode(403);
        given().contentType("text/csv").body("organisation,amount\n").when().post("/api/v1/counts/" + submitted + "/imports")
                .then().statusCode(403);
    }

    @Test
    void aPublicReadWithABadTokenIsRefusedNotServedAsAnonymous() {
        given().header("Authorization", "Bearer not.a.token").when().get("/api/v1/functions")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/functions").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "gov-office", roles = "integrator")
    void integratorsSeeSubmittedCountsButNotDrafts() {
        String draft = Fixtures.insertCount("leicester-leicestershire", "2004-05", "DRAFT");
        String submitted = Fixtures.insertCount("leicester-leicestershire", "2005-06", "SUBMITTED");
        given().when().get("/api/v1/counts/" + draft).then().statusCode(404);
        given().when().get("/api/v1/counts/" + submitted).then().statusCode(200);
    }

    @Test
    void anonymousCallersSeeOnlyFinalCountsAndCannotWrite() {
        String draft = Fixtures.insertCount("kent", "2001-02", "DRAFT");
        String fin = Fixtures.insertCount("kent", "2002-03", "FINAL");
        given().when().get("/api/v1/counts/" + draft).then().statusCode(404);
        given().when().get("/api/v1/counts/" + fin).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"placeId\":\"kent\",\"financialYear\":\"2009-10\",\"kind\":\"HIGH_LEVEL\"}")
                .when().post("/api/v1/counts").then().statusCode(401).contentType("application/problem+json");
        given().when().post("/api/v1/counts/" + fin + "/corrections").then().statusCode(401);
    }
}
