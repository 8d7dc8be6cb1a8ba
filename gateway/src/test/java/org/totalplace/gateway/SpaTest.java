package org.totalplace.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The test profile serves src/test/spa, a small "built" SPA with one hashed asset. */
@QuarkusTest
class SpaTest {

    @Test
    void rootServesIndexThatIsAlwaysRevalidated() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("test spa index"));
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        given().when().get("/assets/index-3f9c2a1b.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .body(containsString("total place test bundle"));
    }

    @Test
    void clientSideRoutesFallBackToIndex() {
        given().when().get("/places/leicester-leicestershire/counts")
                .then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .body(containsString("test spa index"));
    }

    @Test
    void missingAssetIsANotFoundNotTheIndex() {
        given().when().get("/assets/index-00000000.js").then().statusCode(404);
    }

    @Test
    void otherStaticFilesAreRevalidated() {
        given().when().get("/robots.txt").then().statusCode(200).header("Cache-Control", "no-cache");
    }

    @Test
    void unknownApiAndManagementPathsAreNotTheSpa() {
        given().when().get("/api/nothing").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        given().when().get("/q/nothing").then().statusCode(404);
    }
}
