package org.totalplace.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.totalplace.system.Stack;

/**
 * Every operation of the API, read from the OpenAPI documents rather than listed by hand, so that a new endpoint
 * is in every test built on this without anyone remembering to add it: the gateway's merged document, checked
 * against each service's own {@code /q/openapi} so that nothing a service serves is missing from it.
 */
public final class ApiOperations {

    public static final List<String> SERVICES = List.of("pilots", "counting", "governance");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One operation: which service owns it, its method and path template, parameters and request media types. */
    public record Operation(String service, String method, String path, List<Param> parameters, List<String> bodyTypes,
                            String bodySchema) {

        public String key() {
            return method + " " + path;
        }

        public boolean isRead() {
            return method.equals("GET");
        }

        public List<String> query() {
            return parameters.stream().filter(p -> p.in().equals("query")).map(Param::name).toList();
        }

        public List<String> pathParameters() {
            return parameters.stream().filter(p -> p.in().equals("path")).map(Param::name).toList();
        }
    }

    /** One parameter; {@code schema} is its schema as documented (type, format, minimum...), never null. */
    public record Param(String name, String in, boolean required, JsonNode schema) {
    }

    private final JsonNode merged;
    private final Map<String, JsonNode> services = new LinkedHashMap<>();
    private final List<Operation> operations = new ArrayList<>();

    private ApiOperations() {
        merged = fetch(Stack.GATEWAY + "/api/openapi");
        services.put("pilots", fetch(Stack.PILOTS + "/q/openapi?format=json"));
        services.put("counting", fetch(Stack.COUNTING + "/q/openapi?format=json"));
        services.put("governance", fetch(Stack.GOVERNANCE + "/q/openapi?format=json"));
        Map<String, String> owner = new LinkedHashMap<>();
        services.forEach((service, doc) -> keys(doc).forEach(key -> owner.put(key, service)));
        // nothing a service serves may be missing from the merged document, and nothing may be in it unowned
        assertEquals(new TreeSet<>(owner.keySet()), keys(merged),
                "the gateway's merged OpenAPI document must hold exactly the services' operations");
        merged.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                String method = op.getKey().toUpperCase();
                String key = method + " " + path.getKey();
                operations.add(new Operation(owner.get(key), method, path.getKey(),
                        parameters(path.getValue(), op.getValue()), bodyTypes(op.getValue()),
                        bodySchema(op.getValue())));
            }
        }));
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
    }

    public static ApiOperations load() {
        return new ApiOperations();
    }

    public List<Operation> all() {
        return operations;
    }

    /** The property names of a request schema, as the owning service documents it. */
    public Set<String> properties(String service, String schema) {
        Set<String> names = new TreeSet<>();
        services.get(service).path("components").path("schemas").path(schema).path("properties").fieldNames()
                .forEachRemaining(names::add);
        return names;
    }

    /** A schema of the merged document's components by name (missing node when there is none). */
    public JsonNode schema(String name) {
        return merged.path("components").path("schemas").path(name);
    }

    /** A schema with its {@code $ref} (and a single-element allOf wrapping one) followed. */
    public JsonNode resolved(JsonNode schema) {
        JsonNode node = schema;
        for (int i = 0; i < 10; i++) {
            if (node.has("$ref")) {
                node = resolve(node.get("$ref").asText());
            } else if (node.path("allOf").size() == 1) {
                node = node.path("allOf").get(0);
            } else {
                return node;
            }
        }
        return node;
    }

    private static Set<String> keys(JsonNode doc) {
        Set<String> keys = new TreeSet<>();
        doc.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                keys.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        return keys;
    }

    private List<Param> parameters(JsonNode path, JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode list : List.of(path.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode param = p.has("$ref") ? resolve(p.get("$ref").asText()) : p;
                params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                        param.path("required").asBoolean(false), param.path("schema")));
            }
        }
        return params;
    }

    private static List<String> bodyTypes(JsonNode op) {
        List<String> types = new ArrayList<>();
        op.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
        return types;
    }

    private static String bodySchema(JsonNode op) {
        String ref = op.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText("");
        return ref.isEmpty() ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }

    private JsonNode resolve(String ref) {
        JsonNode node = merged;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }

    private static JsonNode fetch(String url) {
        try {
            return JSON.readTree(given().accept("application/json").when().get(url)
                    .then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the OpenAPI document " + url, e);
        }
    }
}
