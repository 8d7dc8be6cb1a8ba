package org.totalplace.testsupport.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.openapi.api.SmallRyeOpenAPI;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OpenAPI document a running service publishes at {@code /q/openapi}, as a validator of exchanges with it.
 * Loaded once per service address, so the contract checked is always the one the code under test generates.
 */
final class ServiceContract {

    private static final Map<String, ServiceContract> BY_ORIGIN = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A success answer whose JSON body the document leaves without a schema, so anything would pass. */
    private record Undescribed(String method, Pattern path, String status) {
    }

    private final OpenApiInteractionValidator validator;
    private final List<Undescribed> undescribed;

    private ServiceContract(String openApi30) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(openApi30)
                .withLevelResolver(LevelResolver.create()
                        // The one allowance: @QuarkusTest identities come from @TestSecurity, not from an
                        // Authorization header, so the bearer requirement cannot be seen on the wire in these tests.
                        // Who may call what is tested by the 401/403 tests, whose answers are validated like any other.
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        this.undescribed = undescribed(openApi30);
    }

    /** The contract of the service answering at {@code origin} (scheme://host:port). */
    static ServiceContract of(String origin) {
        return BY_ORIGIN.computeIfAbsent(origin,
                o -> new ServiceContract(asOpenApi30(fetch(o + "/q/openapi?format=json"))));
    }

    OpenApiInteractionValidator validator() {
        return validator;
    }

    /** Whether the document gives a schema for the JSON body of this answer (an empty schema describes nothing). */
    boolean describesJsonBody(String method, String path, int status) {
        return undescribed.stream().noneMatch(u -> u.method().equalsIgnoreCase(method)
                && u.status().equals(String.valueOf(status)) && u.path().matcher(path).matches());
    }

    private static List<Undescribed> undescribed(String document) {
        List<Undescribed> found = new ArrayList<>();
        try {
            JSON.readTree(document).path("paths").properties().forEach(path -> path.getValue().properties()
                    .forEach(operation -> operation.getValue().path("responses").properties().forEach(response -> {
                        JsonNode schema = response.getValue().path("content").path("application/json").path("schema");
                        if (response.getKey().startsWith("2") && response.getValue().path("content").has("application/json")
                                && (schema.isMissingNode() || schema.isEmpty())) {
                            found.add(new Undescribed(operation.getKey(), template(path.getKey()), response.getKey()));
                        }
                    })));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable OpenAPI document", e);
        }
        return found;
    }

    // /api/v1/counts/{countId}/lines -> ^/api/v1/counts/[^/]+/lines$
    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder("^");
        for (String part : path.split("\\{[^}]+}", -1)) {
            if (regex.length() > 1) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.append('$').toString());
    }

    /*
     * SmallRye publishes OpenAPI 3.1. The validator parses 3.1 documents but then silently skips every "type" check
     * (it reads the 3.0 model), so a number where a string is documented would pass. SmallRye's own writer turns the
     * same model into 3.0.3 (nullable, example, allOf around $ref), which the validator checks in full.
     */
    static String asOpenApi30(String openApi31) {
        byte[] bytes = openApi31.getBytes(StandardCharsets.UTF_8);
        return SmallRyeOpenAPI.builder()
                .withConfig(new SmallRyeConfigBuilder()
                        .withDefaultValue("mp.openapi.extensions.smallrye.openapi", "3.0.3").build())
                .withCustomStaticFile(() -> new ByteArrayInputStream(bytes))
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableAnnotationScan(false)
                .enableStandardFilter(false)
                .build()
                .toJSON();
    }

    private static String fetch(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("the service's OpenAPI document at " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError("cannot read the service's OpenAPI document at " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted reading " + url, e);
        }
    }
}
