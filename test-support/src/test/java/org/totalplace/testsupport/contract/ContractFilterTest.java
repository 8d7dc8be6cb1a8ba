package org.totalplace.testsupport.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The contract filter against a small real HTTP server that publishes a SmallRye-style OpenAPI 3.1 document. */
class ContractFilterTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "things", "version": "1"},
             "components": {"schemas": {
               "Thing": {"type": "object", "required": ["name"], "properties": {
                 "name": {"type": "string", "minLength": 1, "examples": ["a"]},
                 "count": {"type": "integer", "format": "int32"},
                 "kind": {"type": "string", "$ref": "#/components/schemas/Kind"}}},
               "Kind": {"type": "string", "enum": ["BIG", "SMALL"]},
               "Problem": {"type": "object", "properties": {"status": {"type": "integer"}}}}},
             "paths": {
               "/things/{id}": {"get": {
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                 "responses": {
                   "200": {"description": "the thing",
                           "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                   "404": {"description": "none",
                           "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/things/{id}/raw": {"get": {
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                 "responses": {"200": {"description": "whatever", "content": {"application/json": {"schema": {}}}}}}},
               "/things": {"post": {
                 "requestBody": {"required": true,
                                 "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "responses": {
                   "201": {"description": "stored",
                           "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                   "400": {"description": "bad",
                           "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}}}
            """;

    private static HttpServer server;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/openapi", ex -> answer(ex, 200, "application/json", DOCUMENT));
        server.createContext("/things/good", ex -> answer(ex, 200, "application/json", "{\"name\":\"a\",\"count\":1,\"kind\":\"BIG\"}"));
        server.createContext("/things/wrong-type", ex -> answer(ex, 200, "application/json", "{\"name\":\"a\",\"count\":\"one\"}"));
        server.createContext("/things/wrong-enum", ex -> answer(ex, 200, "application/json", "{\"name\":\"a\",\"kind\":\"HUGE\"}"));
        server.createContext("/things/missing", ex -> answer(ex, 404, "application/problem+json", "{\"status\":404}"));
        server.createContext("/things/plain-404", ex -> answer(ex, 404, "application/json", "{\"status\":404}"));
        server.createContext("/things/one/raw", ex -> answer(ex, 200, "application/json", "{\"any\":\"thing\"}"));
        server.createContext("/things/broken", ex -> answer(ex, 500, "application/problem+json", "{\"status\":500}"));
        // answers with the status the test asks for, to play a service that refuses or accepts a request
        server.createContext("/things", ex -> {
            int status = Integer.parseInt(ex.getRequestHeaders().getFirst("X-Answer"));
            answer(ex, status, status == 201 ? "application/json" : "application/problem+json",
                    status == 201 ? "{\"name\":\"x\"}" : "{\"status\":" + status + "}");
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aResponseMatchingItsDocumentedSchemaPasses() {
        thing().when().get("/things/good").then().statusCode(200);
        thing().when().get("/things/missing").then().statusCode(404);
    }

    @Test
    void aResponseFieldOfTheWrongTypeOrValueFailsTheTest() {
        // the type check is the one the validator would skip if it read the 3.1 document as published
        assertThat(assertThrows(AssertionError.class, () -> thing().get("/things/wrong-type")).getMessage(),
                containsString("/count"));
        assertThat(assertThrows(AssertionError.class, () -> thing().get("/things/wrong-enum")).getMessage(),
                containsString("HUGE"));
    }

    @Test
    void anUndocumentedStatusOrContentTypeFailsTheTest() {
        assertThat(assertThrows(AssertionError.class, () -> thing().get("/things/broken")).getMessage(),
                containsString("500"));
        assertThat(assertThrows(AssertionError.class, () -> thing().get("/things/plain-404")).getMessage(),
                containsString("application/problem+json"));
    }

    @Test
    void aJsonAnswerTheDocumentGivesNoSchemaFailsTheTest() {
        assertThat(assertThrows(AssertionError.class, () -> thing().get("/things/one/raw")).getMessage(),
                containsString("no schema"));
    }

    @Test
    void anInvalidRequestTheServiceRefusesPasses() {
        thing().contentType("application/json").header("X-Answer", "400").body("{\"count\": \"many\"}")
                .when().post("/things").then().statusCode(400);
    }

    @Test
    void anInvalidRequestTheServiceAcceptsFailsTheTest() {
        AssertionError drift = assertThrows(AssertionError.class, () -> thing().contentType("application/json")
                .header("X-Answer", "201").body("{\"count\": \"many\"}").post("/things"));
        assertThat(drift.getMessage(), containsString("name"));
    }

    @Test
    void aValidRequestTheServiceAcceptsPasses() {
        thing().contentType("application/json").header("X-Answer", "201").body("{\"name\": \"x\", \"count\": 2}")
                .when().post("/things").then().statusCode(201);
    }

    private static RequestSpecification thing() {
        return given().baseUri("http://127.0.0.1").port(server.getAddress().getPort()).filter(new ContractFilter());
    }

    private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
