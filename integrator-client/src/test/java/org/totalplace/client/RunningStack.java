package org.totalplace.client;

/**
 * Where the running stack under test listens: the same environment variables as ./stack and the system tests, so a
 * stack on other ports is tested by exporting them.
 */
final class RunningStack {

    static final String GATEWAY = url("GATEWAY_URL", "http://127.0.0.1:" + env("GATEWAY_PORT", "8080"));
    static final String KEYCLOAK = url("KEYCLOAK_TEST_URL", "http://127.0.0.1:" + env("KEYCLOAK_PORT", "8180"));
    static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/" + env("OIDC_REALM", "totalplace")
            + "/protocol/openid-connect/token";

    private RunningStack() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
    }

    private static String url(String name, String fallback) {
        return env(name, fallback).replaceAll("/+$", "");
    }
}
