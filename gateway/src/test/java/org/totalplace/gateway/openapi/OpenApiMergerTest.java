package org.totalplace.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger(
            new OpenApiMerger.Settings("Total Place API", "1.0.0", "All services.", "/", "https://kc/realms/tp"),
            (service, path) -> path.startsWith("/api/v1/" + (service.equals("pilots") ? "places" : "counts")));

    private static JsonNode doc(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void sameOperationIdInTwoServicesIsMadeUnique() throws Exception {
        ObjectNode merged = merger.merge(List.of(
                new OpenApiMerger.Source("pilots", doc("{'openapi':'3.1.0','paths':{'/api/v1/places':{'get':{'operationId':'list'}}}}"), true),
                new OpenApiMerger.Source("counting", doc("{'openapi':'3.0.3','paths':{'/api/v1/counts':{'get':{'operationId':'list'}}}}"), true)),
                List.of());
        assertEquals("list", merged.at("/paths/~1api~1v1~1places/get/operationId").asText());
        assertEquals("countingList", merged.at("/paths/~1api~1v1~1counts/get/operationId").asText());
        assertEquals("3.1.0", merged.path("openapi").asText(), "the newest version of the inputs");
    }

    @Test
    void operationsWithoutSecurityAreAnonymousOrTokenAndSecuredOnesNeedAToken() throws Exception {
        ObjectNode merged = merger.merge(List.of(new OpenApiMerger.Source("pilots", doc("{'paths':{'/api/v1/places':{"
                + "'get':{'operationId':'listPlaces'},"
                + "'post':{'operationId':'registerPlace','security':[{'bearer':[]}]}}}}"), true)), List.of());
        assertEquals(doc("[{},{'oidc':[]},{'bearer':[]}]"), merged.at("/paths/~1api~1v1~1places/get/security"));
        assertEquals(doc("[{'oidc':[]},{'bearer':[]}]"), merged.at("/paths/~1api~1v1~1places/post/security"));
        assertEquals("bearer", merged.at("/components/securitySchemes/bearer/scheme").asText());
    }

    @Test
    void componentRenamedBecauseItsReferenceWasRenamed() throws Exception {
        // Page is textually identical in both, but refers to Item, which differs: Page must follow Item
        String pilots = "{'components':{'schemas':{'Item':{'type':'string'},'Page':{'items':{'$ref':'#/components/schemas/Item'}}}}}";
        String counting = "{'components':{'schemas':{'Item':{'type':'integer'},'Page':{'items':{'$ref':'#/components/schemas/Item'}}}}}";
        ObjectNode merged = merger.merge(List.of(
                new OpenApiMerger.Source("pilots", doc(pilots), true),
                new OpenApiMerger.Source("counting", doc(counting), true)), List.of());
        JsonNode schemas = merged.at("/components/schemas");
        assertEquals("integer", schemas.at("/Counting_Item/type").asText());
        assertEquals("#/components/schemas/Counting_Item", schemas.at("/Counting_Page/items/$ref").asText());
        assertEquals("#/components/schemas/Item", schemas.at("/Page/items/$ref").asText());
    }

    @Test
    void discriminatorMappingsFollowRenames() throws Exception {
        String pilots = "{'components':{'schemas':{'Cat':{'type':'string'}}}}";
        String counting = "{'components':{'schemas':{'Cat':{'type':'integer'},"
                + "'Pet':{'discriminator':{'propertyName':'kind','mapping':{'cat':'#/components/schemas/Cat'}}}}}}";
        ObjectNode merged = merger.merge(List.of(
                new OpenApiMerger.Source("pilots", doc(pilots), true),
                new OpenApiMerger.Source("counting", doc(counting), true)), List.of());
        assertEquals("#/components/schemas/Counting_Cat",
                merged.at("/components/schemas/Pet/discriminator/mapping/cat").asText());
    }

    @Test
    void unreachableServicesAreNamed() throws Exception {
        ObjectNode merged = merger.merge(List.of(
                new OpenApiMerger.Source("pilots", doc("{'paths':{}}"), false)), List.of("counting"));
        assertTrue(merged.at("/info/description").asText().contains("counting"));
        assertEquals("counting", merged.at("/x-totalplace-unavailable/0").asText());
        assertEquals("cached", merged.at("/x-totalplace-sources/pilots").asText());
        assertFalse(merged.at("/components/securitySchemes/oidc").isMissingNode());
    }
}
