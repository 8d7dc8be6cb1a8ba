package org.totalplace.testsupport.contract;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Whether a service's OpenAPI document is fit to generate clients from: it parses without messages (the parser is
 * the one OpenAPI Generator uses) and every operation has an operationId of its own. Generated method names are
 * the operationIds, so an operation without one gets a name derived from its path, which changes when the path
 * does and breaks every integrator's code. Response headers need a schema too.
 */
public final class ClientGeneration {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");

    private ClientGeneration() {
    }

    /** Checks the document of the service under test (RestAssured's base address) and fails with every problem. */
    public static void assertServiceDocumentFit() {
        String document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        List<String> problems = problems(document);
        if (!problems.isEmpty()) {
            throw new AssertionError("The OpenAPI document is not fit for client generation:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /** What keeps {@code document} (OpenAPI JSON or YAML) from generating a stable client; empty when nothing. */
    public static List<String> problems(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        List<String> problems = new ArrayList<>();
        if (result.getMessages() != null) {
            result.getMessages().forEach(m -> problems.add("parser: " + m));
        }
        OpenAPI api = result.getOpenAPI();
        if (api == null || api.getPaths() == null || api.getPaths().isEmpty()) {
            problems.add("no paths");
            return problems;
        }
        Map<String, String> seen = new HashMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String where = method + " " + path;
            String id = operationId(operation);
            if (id == null) {
                problems.add(where + " has no operationId");
            } else if (!IDENTIFIER.matcher(id).matches()) {
                problems.add(where + ": operationId '" + id + "' is not a lowerCamelCase identifier");
            } else if (seen.putIfAbsent(id, where) != null) {
                problems.add(where + ": operationId '" + id + "' is also used by " + seen.get(id));
            }
            // generators cannot type a header that has neither
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((status, response) -> {
                    if (response.getHeaders() != null) {
                        response.getHeaders().forEach((name, header) -> {
                            if (header.get$ref() == null && header.getSchema() == null && header.getContent() == null) {
                                problems.add(where + " " + status + ": header " + name + " has no schema");
                            }
                        });
                    }
                });
            }
        }));
        return problems;
    }

    private static String operationId(Operation operation) {
        String id = operation.getOperationId();
        return id == null || id.isBlank() ? null : id;
    }
}
