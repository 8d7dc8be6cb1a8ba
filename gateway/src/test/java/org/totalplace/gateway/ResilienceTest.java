package org.totalplace.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

/** The "flaky" stand-in is taken down and brought back (timeout 700 ms, circuit opens after 3 failures for 1 s). */
@QuarkusTest
class ResilienceTest {

    @TestHTTPResource("/")
    URI gateway;

    @BeforeEach
    void flakyServiceIsUpAndItsCircuitClosed() {
        StandInServices.startFlaky();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().get("/api/v1/flaky/ping").statusCode() == 200);
    }

    @AfterEach
    void bringFlakyBack() {
        StandInServices.startFlaky();
    }

    @Test
    void serviceThatIsDownGives503ProblemQuicklyWhileOthersAnswer() {
        StandInServices.stopFlaky();
        given().when().get("/api/v1/flaky/42")
                .then().statusCode(503)
                .time(lessThan(2000L))
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:totalplace:problem:gateway:service-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("flaky"))
                .body("instance", equalTo("/api/v1/flaky/42"));
        given().when().get("/api/v1/places").then().statusCode(200).body("service", equalTo("pilots"));
        given().when().get("/api/v1/counts").then().statusCode(200).body("service", equalTo("counting"));
        given().when().get("/api/v1/meetings").then().statusCode(200).body("service", equalTo("governance"));
    }

    @Test
    void circuitOpensAfterRepeatedFailuresAndClosesWhenTheServiceIsBack() {
        StandInServices.stopFlaky();
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/flaky/" + i).then().statusCode(503).body("detail", containsString("cannot be reached"));
        }
        given().when().get("/api/v1/flaky/4")
                .then().statusCode(503)
                .time(lessThan(500L))
                .header("Retry-After", "1")
                .body("detail", containsString("circuit open"));
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'services' }.data.flaky", equalTo("DOWN"))
                .body("checks.find { it.name == 'services' }.data.'flaky.circuit'", equalTo("OPEN"))
                .body("checks.find { it.name == 'services' }.data.pilots", equalTo("UP"));

        StandInServices.startFlaky();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/v1/flaky/5").then().statusCode(200).body("service", equalTo("flaky")));
        given().when().get("/q/health/ready")
                .then().body("checks.find { it.name == 'services' }.data.'flaky.circuit'", equalTo("CLOSED"));
    }

    @Test
    void callersThatHangUpDoNotOpenTheCircuit() throws Exception {
        StandInService flaky = StandInServices.service("flaky");
        for (int i = 0; i < 4; i++) {
            long received = flaky.slowCallsReceived();
            try (Socket socket = new Socket("localhost", gateway.getPort())) {
                socket.getOutputStream().write("GET /api/v1/flaky/slow?delay=5000 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                await().atMost(Duration.ofSeconds(5)).until(() -> flaky.slowCallsReceived() > received);
            }
        }
        // a call that outlasts the hang-ups being handled, then the circuit is still closed
        given().get("/api/v1/flaky/slow?delay=300").then().statusCode(200);
        given().get("/api/v1/flaky/after-hang-ups").then().statusCode(200).body("service", equalTo("flaky"));
        given().get("/q/health/ready")
                .then().body("checks.find { it.name == 'services' }.data.'flaky.circuit'", equalTo("CLOSED"));
    }

    @Test
    void serviceThatStaysSilentGives504WithinItsTimeout() {
        given().when().get("/api/v1/flaky/slow?delay=5000")
                .then().statusCode(504)
                .time(lessThan(2000L))
                .contentType("application/problem+json")
                .body("title", equalTo("Service timed out"))
                .body("status", equalTo(504));
    }

    @Test
    void readinessReportsEveryService() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.pilots", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.counting", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.governance", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.flaky", equalTo("UP"));
    }
}
