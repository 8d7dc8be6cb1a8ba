package org.totalplace.governance.risk;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input the system-tests' fuzzer (HostileInputFuzzTest) found accepted or answered with a 500: now 400s. */
@QuarkusTest
@TestSecurity(user = "lee", roles = "place-officer",
        attributes = @SecurityAttribute(key = "places", value = "leicester-leicestershire"))
class RaidHostileInputTest {

    @TestHTTPResource("/")
    URL url;

    private static String risk(String type, String raisedOn) {
        return "{\"placeId\":\"leicester-leicestershire\",\"type\":" + type + ",\"title\":\"Fuzzed risk\","
                + "\"likelihood\":3,\"impact\":3,\"owner\":\"Programme Manager\",\"response\":\"MITIGATE\","
                + "\"raisedOn\":" + raisedOn + "}";
    }

    @Test
    void anEnumGivenAsANumberIsA400NamingTheField() {
        // Jackson took 0 and "0" as the first constant (RISK) and stored the risk
        for (String type : new String[] {"0", "\"0\"", "1"}) {
            given().contentType(ContentType.JSON).body(risk(type, "\"2009-09-02\""))
                    .when().post("/api/v1/risks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("type"));
        }
    }

    @Test
    void aDateGivenAsANumberIsA400NamingTheFieldNotA500() {
        // 20091014 was read as days since 1970 (the year 56977), which the database refused with a 500
        given().contentType(ContentType.JSON).body(risk("\"RISK\"", "20091014"))
                .when().post("/api/v1/risks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("raisedOn"));
        given().contentType(ContentType.JSON).body(risk("\"RISK\"", "\"2009-09-02\""))
                .when().post("/api/v1/risks")
                .then().statusCode(201).body("raisedOn", equalTo("2009-09-02"));
    }

    @Test
    void aMeetingTimeGivenAsAnObjectIsA400NamingTheField() {
        // Jackson's time reader took {} as no time, and the meeting was stored
        given().contentType(ContentType.JSON).body("{\"placeId\":\"leicester-leicestershire\",\"title\":\"Fuzzed meeting\","
                        + "\"status\":\"CONFIRMED\",\"date\":\"2009-10-14\",\"startTime\":{}}")
                .when().post("/api/v1/meetings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("startTime"));
    }

    @Test
    void aBodyOverTheSizeLimitIsA413ProblemNotAnEmptyAnswer() throws Exception {
        // Vert.x refused it before any mapper saw it, with an empty body; a raw socket, because the service closes
        // the connection without reading the rest (an HTTP client would fail writing it)
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/risks HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 12000000\r\n\r\n{\"title\":\"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":413"), answer);
        }
    }
}
