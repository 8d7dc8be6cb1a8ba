package org.totalplace.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * What the Government Office reads has to exist first: a FINAL count of Leicester with three known lines, and a
 * milestone. Made the way the place's own staff make them, over plain HTTP, so the test's assertions are the only
 * code that uses the generated client.
 */
record FinalCountFixture(String countId, String organisationA, String organisationB, String milestoneId,
                         String milestoneTitle) {

    static final String PLACE = "leicester-leicestershire";
    /** Three lines: A on health (07.4), A on social protection (10.7), B on health (07.4). */
    static final BigDecimal A_HEALTH = new BigDecimal("1234567.89");
    static final BigDecimal A_SOCIAL = new BigDecimal("2000.10");
    static final BigDecimal B_HEALTH = new BigDecimal("333.33");

    private static final ObjectMapper JSON = new ObjectMapper();

    static FinalCountFixture create() {
        String run = Long.toString(System.currentTimeMillis(), 36);
        JsonNode partners = call(null, "GET", "/api/v1/places/" + PLACE + "/organisations", null, null, 200);
        String a = partners.get(0).path("organisation").path("id").asText();
        String b = partners.get(1).path("organisation").path("id").asText();

        String finance = Tokens.demoUser("leicester-finance");
        String count = call(finance, "POST", "/api/v1/counts", "application/json", JSON.valueToTree(Map.of(
                "placeId", PLACE, "financialYear", "2008-09", "kind", "DEEP_DIVE",
                "theme", "integrator client " + run)).toString(), 201).path("id").asText();
        String csv = "organisation,funding_source,function_code,client_group,capital_revenue,amount,note\n"
                + line(a, "07.4", A_HEALTH, run) + line(a, "10.7", A_SOCIAL, run) + line(b, "07.4", B_HEALTH, run);
        call(finance, "POST", "/api/v1/counts/" + count + "/imports", "text/csv", csv, 201);
        call(finance, "POST", "/api/v1/counts/" + count + "/submit", null, null, 200);
        call(finance, "POST", "/api/v1/counts/" + count + "/finalise", null, null, 200);

        String title = "Integrator client milestone " + run;
        String milestone = call(Tokens.demoUser("leicester-officer"), "POST", "/api/v1/milestones",
                "application/json", JSON.valueToTree(Map.of("placeId", PLACE, "title", title, "kind", "BRIEFING",
                        "recipient", "Government Office", "baselineDate", "2009-12-01")).toString(), 201)
                .path("id").asText();
        return new FinalCountFixture(count, a, b, milestone, title);
    }

    List<BigDecimal> amounts() {
        return List.of(A_HEALTH, A_SOCIAL, B_HEALTH);
    }

    private static String line(String organisation, String function, BigDecimal amount, String run) {
        return organisation + ",council-tax," + function + ",adults with alcohol or drug problems,REVENUE,"
                + amount.toPlainString() + ",integrator client " + run + "\n";
    }

    private static JsonNode call(String token, String method, String path, String contentType, String body,
                                 int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningStack.GATEWAY + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = Http.send(request.build());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("fixture: " + method + " " + path + " answered " + response.statusCode()
                    + " (expected " + expected + "): " + response.body());
        }
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fixture: " + method + " " + path + " answered no JSON", e);
        }
    }
}
