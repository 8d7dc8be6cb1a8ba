package org.totalplace.system.security;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.totalplace.system.Stack;

/**
 * Tokens that must be refused, all of them real: issued by the stack's Keycloak and then expired, re-signed with a
 * key Keycloak never had, or issued by another realm of the same Keycloak. No mock issuer anywhere.
 */
final class Tokens {

    /** TEST-ONLY realm client whose access tokens live one second (ops/keycloak/realm-totalplace.json). */
    static final String EXPIRING_CLIENT = "totalplace-tests-expiring";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM_FILE = Stack.env("REALM_FILE", "../ops/keycloak/realm-totalplace.json");
    private static final KeyPair FORGER = rsaKeyPair();

    private Tokens() {
    }

    /** A token of the stack's realm and when it expires. */
    record Expiring(String token, Instant expiresAt) {
    }

    /**
     * A user's token from the one-second client. A Keycloak that imported the realm before that client was added
     * to the realm file gets it through the admin API, from the same file.
     */
    static Expiring expiring(String username) {
        ensureClient(EXPIRING_CLIENT);
        String token = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", EXPIRING_CLIENT,
                        "username", username, "password", username))
                .when().post(Stack.KEYCLOAK + "/realms/" + Stack.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return new Expiring(token, Instant.ofEpochSecond(claims(token).path("exp").asLong()));
    }

    /** The same claims and header (key id included), signed with an RSA key of our own. */
    static String resigned(String token) {
        String[] parts = token.split("\\.");
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(FORGER.getPrivate());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak's own signature with some of its bytes changed. */
    static String tampered(String token) {
        int dot = token.lastIndexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        for (int i = 8; i < 16; i++) {
            signature[i] ^= 0x5A;
        }
        return token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** A token of Keycloak's master realm: genuine, but for another issuer and audience. */
    static String masterRealm() {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", Stack.env("KEYCLOAK_ADMIN_USER", "admin"),
                        "password", Stack.env("KEYCLOAK_ADMIN_PASSWORD", "admin")))
                .when().post(Stack.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ensureClient(String clientId) {
        String admin = masterRealm();
        String clients = Stack.KEYCLOAK + "/admin/realms/" + Stack.REALM + "/clients";
        List<?> found = given().auth().oauth2(admin).queryParam("clientId", clientId).when().get(clients)
                .then().statusCode(200).extract().path("$");
        if (!found.isEmpty()) {
            return;
        }
        try {
            for (JsonNode client : JSON.readTree(Path.of(REALM_FILE).toFile()).path("clients")) {
                if (client.path("clientId").asText().equals(clientId)) {
                    given().auth().oauth2(admin).contentType(ContentType.JSON).body(client.toString())
                            .when().post(clients).then().statusCode(201);
                    return;
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the realm file " + REALM_FILE, e);
        }
        throw new IllegalStateException(clientId + " is not in " + REALM_FILE);
    }
}
