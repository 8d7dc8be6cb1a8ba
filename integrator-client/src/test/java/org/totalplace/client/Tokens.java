package org.totalplace.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Access tokens from the realm's token endpoint: what an integrator does before it calls the API. */
final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /** The client-credentials grant of a confidential integrator client (how the Government Office signs in). */
    static String clientCredentials(String clientId, String secret) {
        return fetch(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** A demo user's token through the realm's test-only password-grant client (password = user name). */
    static String demoUser(String username) {
        return fetch(Map.of("grant_type", "password", "client_id", "totalplace-tests",
                "username", username, "password", username));
    }

    private static String fetch(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningStack.TOKEN_ENDPOINT))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = Http.send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("token endpoint answered no JSON: " + response.body(), e);
        }
    }
}
