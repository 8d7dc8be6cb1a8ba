package org.totalplace.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import org.totalplace.system.Stack;

/** Calls through the gateway as a given user or client, the way an integrator or the web app would. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Api() {
    }

    public static String user(String username) {
        return Stack.userToken(username);
    }

    public static String integrator() {
        return Stack.clientToken(Stack.GOVERNMENT_OFFICE, Stack.GOVERNMENT_OFFICE_SECRET);
    }

    /** A call through the gateway; {@code token} null for anonymous, {@code body} null for none. */
    public static Response call(String token, String method, String path, String contentType, String body) {
        return Http.send(() -> {
            RequestSpecification spec = given();
            if (token != null) {
                spec.header("Authorization", Stack.bearer(token));
            }
            if (body != null) {
                spec.contentType(contentType).body(body);
            }
            return spec;
        }, method, Stack.GATEWAY + path);
    }

    public static Response get(String token, String path) {
        return call(token, "GET", path, null, null);
    }

    public static Response postJson(String token, String path, Map<String, ?> body) {
        return call(token, "POST", path, "application/json", json(body));
    }

    /** A JSON object from name/value pairs, in order. */
    public static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
