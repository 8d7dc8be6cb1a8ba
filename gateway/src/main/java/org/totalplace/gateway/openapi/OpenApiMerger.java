package org.totalplace.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Merges the services' OpenAPI documents into the one integrators generate clients from. Paths are kept only
 * where the gateway routes them to that service. A component whose name another service already uses with a
 * different content is renamed {@code <Service>_<Name>} (and that service's references follow it); equal
 * components are shared. The services' own security schemes are replaced by the gateway's OIDC scheme and an HTTP
 * bearer scheme for the same token; every operation lists both, and the empty requirement too where anonymous calls
 * are allowed.
 */
public final class OpenApiMerger {

    /** One service's document and whether it is live or the last good copy. */
    public record Source(String service, JsonNode document, boolean live) {
    }

    public record Settings(String title, String version, String description, String serverUrl, String oidcIssuer) {
    }

    static final String SCHEME = "oidc";
    /** The same Keycloak token as a plain HTTP bearer scheme, which every generator can send (openIdConnect not). */
    static final String BEARER = "bearer";
    private static final List<String> COMPONENT_KINDS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "links", "callbacks", "pathItems");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Settings settings;
    private final BiPredicate<String, String> routedTo;

    /** {@code routedTo(service, path)}: does the gateway send this path to this service? */
    public OpenApiMerger(Settings settings, BiPredicate<String, String> routedTo) {
        this.settings = settings;
        this.routedTo = routedTo;
    }

    public ObjectNode merge(List<Source> sources, List<String> unavailable) {
        ObjectNode out = JSON.objectNode();
        out.put("openapi", sources.stream().map(s -> s.document().path("openapi").asText(""))
                .filter(v -> !v.isEmpty()).max(String::compareTo).orElse("3.0.3"));
        ObjectNode info = out.putObject("info");
        info.put("title", settings.title());
        info.put("version", settings.version());
        String description = settings.description() == null ? "" : settings.description();
        if (!unavailable.isEmpty()) {
            description += (description.isEmpty() ? "" : "\n\n") + "Not included right now (service unreachable): "
                    + String.join(", ", unavailable) + ".";
        }
        if (!description.isEmpty()) {
            info.put("description", description);
        }
        out.putArray("servers").addObject().put("url", settings.serverUrl());
        ObjectNode paths = out.putObject("paths");
        ObjectNode components = out.putObject("components");
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        Set<String> operationIds = new HashSet<>();
        ObjectNode origins = JSON.objectNode();
        for (Source source : sources) {
            mergeOne(source, paths, components, tags, operationIds);
            origins.put(source.service(), source.live() ? "live" : "cached");
        }
        components.withObjectProperty("securitySchemes").set(SCHEME, oidcScheme());
        components.withObjectProperty("securitySchemes").set(BEARER, bearerScheme());
        if (!tags.isEmpty()) {
            out.putArray("tags").addAll(tags.values());
        }
        out.set("x-totalplace-sources", origins);
        ArrayNode missing = out.putArray("x-totalplace-unavailable");
        unavailable.forEach(missing::add);
        return out;
    }

    private void mergeOne(Source source, ObjectNode paths, ObjectNode components, Map<String, JsonNode> tags,
                          Set<String> operationIds) {
        String service = source.service();
        JsonNode doc = source.document().deepCopy();
        JsonNode own = doc.path("components");
        Map<String, String> renames = renames(service, own, components);
        rewriteRefs(doc, renames);
        for (String kind : COMPONENT_KINDS) {
            own.path(kind).fields().forEachRemaining(e -> {
                String ref = "#/components/" + kind + "/" + e.getKey();
                String name = renames.containsKey(ref) ? lastSegment(renames.get(ref)) : e.getKey();
                components.withObjectProperty(kind).set(name, e.getValue());
            });
        }
        JsonNode serviceSecurity = doc.path("security");
        doc.path("paths").fields().forEachRemaining(e -> {
            if (!routedTo.test(service, e.getKey()) || paths.has(e.getKey())) {
                return;
            }
            ObjectNode item = (ObjectNode) e.getValue();
            item.fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                    adaptOperation(service, operation, serviceSecurity, operationIds);
                }
            });
            paths.set(e.getKey(), item);
        });
        doc.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), tag));
    }

    /** Components of this service that must be renamed because another service uses the name differently. */
    private static Map<String, String> renames(String service, JsonNode own, ObjectNode merged) {
        Map<String, String> renames = new HashMap<>();
        boolean changed = true;
        // renaming one component changes the references inside others, which may then differ too
        while (changed) {
            changed = false;
            for (String kind : COMPONENT_KINDS) {
                Iterator<Map.Entry<String, JsonNode>> fields = own.path(kind).fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> e = fields.next();
                    String ref = "#/components/" + kind + "/" + e.getKey();
                    JsonNode existing = merged.path(kind).get(e.getKey());
                    if (renames.containsKey(ref) || existing == null) {
                        continue;
                    }
                    JsonNode candidate = e.getValue().deepCopy();
                    rewriteRefs(candidate, renames);
                    if (!existing.equals(candidate)) {
                        renames.put(ref, "#/components/" + kind + "/" + prefix(service) + "_" + e.getKey());
                        changed = true;
                    }
                }
            }
        }
        return renames;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                JsonNode value = e.getValue();
                if ("$ref".equals(e.getKey()) && value.isTextual() && renames.containsKey(value.asText())) {
                    e.setValue(TextNode.valueOf(renames.get(value.asText())));
                } else {
                    rewriteRefs(value, renames);
                }
            });
            // discriminator mappings name schemas by reference too
            if (object.get("mapping") instanceof ObjectNode mapping) {
                mapping.fields().forEachRemaining(m -> {
                    if (renames.containsKey(m.getValue().asText())) {
                        m.setValue(TextNode.valueOf(renames.get(m.getValue().asText())));
                    }
                });
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, renames));
        }
    }

    private static void adaptOperation(String service, ObjectNode operation, JsonNode serviceSecurity,
                                       Set<String> operationIds) {
        String id = operation.path("operationId").asText(null);
        if (id != null && !operationIds.add(id)) {
            String unique = service + Character.toUpperCase(id.charAt(0)) + id.substring(1);
            operation.put("operationId", unique);
            operationIds.add(unique);
        }
        // Generators send a token only to operations that name a scheme, and make it mandatory unless the
        // empty requirement is there too. An operation that says nothing is open to anonymous callers at the
        // gateway and shows more to a signed-in one (the service decides by role), so it is "anonymous or token".
        JsonNode security = operation.has("security") ? operation.get("security") : serviceSecurity;
        boolean anonymous = !security.isArray() || security.isEmpty();
        for (JsonNode requirement : security) {
            anonymous |= requirement.isEmpty();
        }
        ArrayNode mapped = JSON.arrayNode();
        if (anonymous) {
            mapped.addObject();
        }
        mapped.addObject().putArray(SCHEME);
        mapped.addObject().putArray(BEARER);
        operation.set("security", mapped);
    }

    private ObjectNode oidcScheme() {
        ObjectNode scheme = JSON.objectNode();
        scheme.put("type", "openIdConnect");
        scheme.put("openIdConnectUrl", settings.oidcIssuer() + "/.well-known/openid-configuration");
        scheme.put("description", "Keycloak realm totalplace: authorisation code with PKCE for people, "
                + "client credentials for integrators. Send the access token as 'Authorization: Bearer ...'.");
        return scheme;
    }

    private static ObjectNode bearerScheme() {
        ObjectNode scheme = JSON.objectNode();
        scheme.put("type", "http");
        scheme.put("scheme", "bearer");
        scheme.put("bearerFormat", "JWT");
        scheme.put("description", "An access token from the Keycloak realm of the oidc scheme, e.g. obtained with "
                + "the client-credentials grant.");
        return scheme;
    }

    private static String prefix(String service) {
        String word = service.replaceAll("[^A-Za-z0-9]", "");
        return word.isEmpty() ? "Service" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String lastSegment(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
