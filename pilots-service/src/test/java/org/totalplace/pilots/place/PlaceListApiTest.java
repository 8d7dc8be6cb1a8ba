package org.totalplace.pilots.place;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Search, filters, sorting and paging over the reference places. */
@QuarkusTest
class PlaceListApiTest {

    @Test
    void pagesOfPilotsCoverEveryPilotOnceInNameOrder() {
        List<String> names = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            names.addAll(given().queryParam("kind", "PILOT").queryParam("size", 5).queryParam("page", page)
                    .when().get("/api/v1/places")
                    .then().statusCode(200)
                    .body("page", equalTo(page)).body("size", equalTo(5))
                    .body("total", equalTo(13)).body("totalPages", equalTo(3))
                    .extract().jsonPath().getList("items.name", String.class));
        }
        assertEquals(13, names.size());
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
    }

    @Test
    void sortsByPopulationDescending() {
        given().queryParam("kind", "PILOT").queryParam("sort", "-population,name").queryParam("size", 3)
                .when().get("/api/v1/places")
                .then().statusCode(200)
                .body("items.id", contains("manchester-city-region", "kent", "birmingham"));
        List<Integer> populations = given().queryParam("sort", "-population").queryParam("size", 100)
                .queryParam("kind", "PARALLEL_PLACE").queryParam("tag", "east-of-england")
                .when().get("/api/v1/places").then().statusCode(200)
                .extract().jsonPath().getList("items.population", Integer.class);
        assertEquals(populations.stream().sorted(Comparator.reverseOrder()).toList(), populations);
    }

    @Test
    void freeTextFindsPlacesByThemeSubThemeAndAspiration() {
        given().queryParam("q", "alcohol").when().get("/api/v1/places")
                .then().statusCode(200).body("items.id", hasItem("leicester-leicestershire"));
        given().queryParam("q", "offender").when().get("/api/v1/places")
                .then().statusCode(200).body("items.id", contains("luton-central-bedfordshire"));
        given().queryParam("q", "customer focused").when().get("/api/v1/places")
                .then().statusCode(200).body("items.id", hasItem("luton-central-bedfordshire"));
        // LIKE wildcards in the text are taken literally
        given().queryParam("q", "%").when().get("/api/v1/places")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void filtersByRegionThemeTagAndOrganisation() {
        given().queryParam("region", "north east").when().get("/api/v1/places")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder("durham", "south-tyneside-gateshead-sunderland"));
        given().queryParam("theme", "Alcohol and drugs").when().get("/api/v1/places")
                .then().statusCode(200).body("items.id", contains("leicester-leicestershire"));
        given().queryParam("tag", "leicestershire").when().get("/api/v1/places")
                .then().statusCode(200).body("items.id", contains("leicester-leicestershire"));
        given().queryParam("organisation", "jobcentre-plus").when().get("/api/v1/places")
                .then().statusCode(200).body("items.id", contains("luton-central-bedfordshire"));
        given().queryParam("organisation", "jobcentre-plus").queryParam("kind", "PARALLEL_PLACE")
                .when().get("/api/v1/places")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void badListParametersAreNamed() {
        given().queryParam("kind", "TOWN").when().get("/api/v1/places")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        given().queryParam("sort", "colour").when().get("/api/v1/places")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("sort"));
        given().queryParam("page", 0).when().get("/api/v1/places")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("size", 501).when().get("/api/v1/places")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
