package org.totalplace.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running stack under test (./stack up): where its parts listen and how to get real tokens from its
 * Keycloak. Every address comes from the same environment variables ./stack reads, so a stack on other
 * ports is tested by exporting them.
 */
public final class Stack {

    public static final String GATEWAY = url("GATEWAY_URL", "http://127.0.0.1:" + env("GATEWAY_PORT", "8080"));
    public static final String PILOTS = url("PILOTS_URL", "http://127.0.0.1:" + env("PILOTS_PORT", "8081"));
    public static final String COUNTING = url("COUNTING_URL", "http://127.0.0.1:" + env("COUNTING_PORT", "8082"));
    public static final String GOVERNANCE = url("GOVERNANCE_URL", "http://127.0.0.1:" + env("GOVERNANCE_PORT", "8083"));
    public static final String KEYCLOAK = url("KEYCLOAK_TEST_URL", "http://127.0.0.1:" + env("KEYCLOAK_PORT", "8180"));
    public static final String REALM = env("OIDC_REALM", "totalplace");
    public static final String KAFKA = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + env("KAFKA_PORT", "9092"));
    public static final String DB_HOST = env("DB_HOST", "127.0.0.1");
    public static final String DB_PORT = env("DB_PORT", "3306");

    /** Demo integrator clients of the realm (secrets are demo-only, overridable like the realm's). */
    public static final String GOVERNMENT_OFFICE = "government-office";
    public static final String GOVERNMENT_OFFICE_SECRET = env("GOVERNMENT_OFFICE_SECRET", "demo-government-office-secret");
    public static final String LEADERSHIP_CENTRE = "leadership-centre";
    public static final String LEADERSHIP_CENTRE_SECRET = env("LEADERSHIP_CENTRE_SECRET", "demo-leadership-centre-secret");

    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();

    private Stack() {
    }

    /** An access token for a demo user (password = user name, demo-only) through the test-only password-grant client. */
    public static String userToken(String username) {
        return TOKENS.compute("user:" + username, (key, cached) -> cached != null && cached.fresh() ? cached
                : fetch(Map.of("grant_type", "password", "client_id", "totalplace-tests",
                        "username", username, "password", username))).token();
    }

    /** An access token for an integrator client through the client-credentials grant. */
    public static String clientToken(String clientId, String secret) {
        return TOKENS.compute("client:" + clientId, (key, cached) -> cached != null && cached.fresh() ? cached
                : fetch(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))).token();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /**
     * A root connection to one of the stack's databases by service (pilots, counting, governance); a stack on other
     * databases names them in PILOTS_DB_NAME, COUNTING_DB_NAME, GOVERNANCE_DB_NAME.
     */
    public static Connection database(String service) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + DB_HOST + ":" + DB_PORT + "/" + databaseName(service)
                + "?allowPublicKeyRetrieval=true&useSSL=false",
                env("DB_ROOT_USER", "root"), env("DB_ROOT_PASSWORD", ""));
    }

    public static String databaseName(String service) {
        return env(service.toUpperCase() + "_DB_NAME", service);
    }

    private static CachedToken fetch(Map<String, String> form) {
        var response = given().contentType(ContentType.URLENC).formParams(form)
                .when().post(KEYCLOAK + "/realms/" + REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath();
        return new CachedToken(response.getString("access_token"),
                Instant.now().plusSeconds(response.getLong("expires_in") - 30));
    }

    private record CachedToken(String token, Instant refreshAfter) {
        boolean fresh() {
            return Instant.now().isBefore(refreshAfter);
        }
    }

    public static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
    }

    private static String url(String name, String fallback) {
        return env(name, fallback).replaceAll("/+$", "");
    }
}
