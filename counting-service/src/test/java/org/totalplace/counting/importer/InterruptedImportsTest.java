package org.totalplace.counting.importer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.Fixtures;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestSecurity(user = "fiona", roles = "finance-officer",
        attributes = @SecurityAttribute(key = "places", value = "leicester-leicestershire"))
class InterruptedImportsTest {

    @Inject
    InterruptedImports interrupted;

    String count;

    @BeforeEach
    void seed() {
        Fixtures.seedPlacesAndOrganisations();
        count = given().contentType("application/json")
                .body("{\"placeId\":\"leicester-leicestershire\",\"financialYear\":\"2010-11\",\"kind\":\"DEEP_DIVE\","
                        + "\"theme\":\"interrupted " + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/counts").then().statusCode(201).extract().path("id");
    }

    @Test
    void aRestartedInstanceFailsTheImportsItWasRunningAndTheFileCanBeSentAgain() {
        String mine = runningJob(interrupted.runner(), Instant.now());
        String another = runningJob("another-instance:8082", Instant.now());

        interrupted.onStart(null);

        given().when().get("/api/v1/imports/" + mine).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("message", equalTo(InterruptedImports.MESSAGE));
        // another instance's import is still making progress: not ours to fail
        given().when().get("/api/v1/imports/" + another).then().statusCode(200).body("status", equalTo("RUNNING"));
        given().contentType("text/csv").body(ImportApiTest.csv(20))
                .when().post("/api/v1/counts/" + count + "/imports")
                .then().statusCode(201).body("status", equalTo("SUCCEEDED")).body("linesStored", equalTo(20));
    }

    @Test
    void anImportWithoutProgressForLongerThanATransactionMayLastIsFailedByTheSweep() {
        String stale = runningJob("gone-instance:8082", Instant.now().minus(Duration.ofHours(1)));
        String fresh = runningJob("live-instance:8082", Instant.now());

        interrupted.sweep();

        given().when().get("/api/v1/imports/" + stale).then().statusCode(200).body("status", equalTo("FAILED"));
        given().when().get("/api/v1/imports/" + fresh).then().statusCode(200).body("status", equalTo("RUNNING"));
    }

    private String runningJob(String runner, Instant heartbeat) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.id = UUID.randomUUID().toString();
            job.countId = count;
            job.status = ImportJob.Status.RUNNING;
            job.startedBy = "fiona";
            job.startedAt = heartbeat;
            job.runner = runner;
            job.heartbeatAt = heartbeat;
            job.persist();
            return job.id;
        });
    }
}
