package org.totalplace.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class OpenApiTest {

    @AfterEach
    void flakyIsBack() {
        StandInServices.startFlaky();
    }

    @Test
    void mergedDocumentHoldsEveryPathOfEveryService() {
        var paths = given().when().get("/api/openapi")
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("Total Place API"))
                .body("servers[0].url", equalTo("/"))
                .extract().jsonPath().getMap("paths").keySet();
        StandInServices.SEGMENTS.values().stream().flatMap(java.util.List::stream)
                .forEach(segment -> org.junit.jupiter.api.Assertions.assertTrue(paths.contains("/api/v1/" + segment),
                        "missing /api/v1/" + segment + " in " + paths));
    }

    @Test
    void pathsTheGatewayDoesNotRouteAreLeftOut() {
        given().when().get("/api/openapi")
                .then().body("paths", not(hasKey("/internal/pilots")))
                .body("paths", not(hasKey("/internal/counting")));
    }

    @Test
    void securityPointsAtKeycloakAsOidcAndAsAPlainBearerToken() {
        given().when().get("/api/openapi")
                .then()
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"))
                .body("components.securitySchemes.oidc.openIdConnectUrl",
                        equalTo(Tokens.ISSUER + "/.well-known/openid-configuration"))
                .body("components.securitySchemes", not(hasKey("SecurityScheme")))
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                // a write needs a token, sent either way; a read is anonymous or with a token (which may see more)
                .body("paths.'/api/v1/places'.post.security", hasSize(2))
                .body("paths.'/api/v1/places'.post.security[0]", hasKey("oidc"))
                .body("paths.'/api/v1/places'.post.security[1]", hasKey("bearer"))
                .body("paths.'/api/v1/places'.get.security", hasSize(3))
                .body("paths.'/api/v1/places'.get.security[0]", equalTo(java.util.Map.of()))
                .body("paths.'/api/v1/places'.get.security[2]", hasKey("bearer"));
    }

    @Test
    void clashingSchemasArePrefixedAndEqualOnesShared() {
        // services are merged in name order: counting keeps its names, later services are prefixed on a clash
        given().when().get("/api/openapi")
                .then()
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", not(hasKey("Pilots_Problem")))
                .body("components.schemas.Item.properties", hasKey("countingField"))
                .body("components.schemas.Pilots_Item.properties", hasKey("pilotsField"))
                .body("components.schemas.Governance_Item.properties", hasKey("governanceField"))
                // references follow the renamed schemas, also inside renamed schemas
                .body("components.schemas.Pilots_ItemPage.properties.items.items.'$ref'",
                        equalTo("#/components/schemas/Pilots_Item"))
                .body("paths.'/api/v1/places'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Pilots_ItemPage"))
                .body("paths.'/api/v1/counts'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ItemPage"))
                .body("paths.'/api/v1/places'.get.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("tags.name", hasItems("pilots", "counting", "governance"));
    }

    @Test
    void serviceThatIsDownIsServedFromItsLastGoodCopy() {
        given().get("/api/openapi").then().body("x-totalplace-sources.flaky", equalTo("live"));
        StandInServices.stopFlaky();
        given().when().get("/api/openapi")
                .then().statusCode(200)
                .body("x-totalplace-sources.flaky", equalTo("cached"))
                .body("paths", hasKey("/api/v1/flaky"))
                .body("paths", hasKey("/api/v1/places"));
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        given().when().get("/api/docs/")
                .then().statusCode(200)
                .contentType(containsString("text/html"));
        given().when().get("/api/docs/")
                .then().body(containsString("/api/openapi"));
    }
}
