package org.totalplace.client;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.client.api.AggregatesApi;
import org.totalplace.client.api.CountsApi;
import org.totalplace.client.api.MilestonesApi;
import org.totalplace.client.api.PlacesApi;
import org.totalplace.client.invoker.ApiClient;
import org.totalplace.client.invoker.ApiException;
import org.totalplace.client.model.Aggregate;
import org.totalplace.client.model.AggregateCell;
import org.totalplace.client.model.CountStatus;
import org.totalplace.client.model.Milestone;
import org.totalplace.client.model.PageMilestoneView;
import org.totalplace.client.model.Place;
import org.totalplace.client.model.PlaceKind;
import org.totalplace.client.model.PlacePage;
import org.totalplace.client.model.PlaceRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Government Office does, through nothing but the client generated from the gateway's merged OpenAPI
 * document and a token from the client-credentials grant: list the places, read a finalised count's figures, read
 * every milestone, and be refused when it tries to write.
 */
class GovernmentOfficeClientTest {

    private static FinalCountFixture fixture;
    private static ApiClient client;

    @BeforeAll
    static void signIn() {
        fixture = FinalCountFixture.create();
        String token = Tokens.clientCredentials("government-office",
                RunningStack.env("GOVERNMENT_OFFICE_SECRET", "demo-government-office-secret"));
        client = new ApiClient();
        client.updateBaseUri(RunningStack.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @Test
    void listsEveryPlacePageByPage() throws ApiException {
        PlacesApi places = new PlacesApi(client);
        List<Place> seen = new ArrayList<>();
        PlacePage page = places.listPlaces(null, null, 1, null, null, 5, "name", null, null);
        long total = page.getTotal();
        for (int n = 1; n <= page.getTotalPages(); n++) {
            PlacePage current = n == 1 ? page : places.listPlaces(null, null, n, null, null, 5, "name", null, null);
            assertEquals(n, current.getPage());
            seen.addAll(current.getItems());
        }
        assertEquals(total, seen.size(), "the pages together hold every place once");
        assertEquals(total, seen.stream().map(Place::getId).distinct().count());
        Place leicester = seen.stream().filter(p -> p.getId().equals(FinalCountFixture.PLACE)).findFirst().orElseThrow();
        assertEquals(PlaceKind.PILOT, leicester.getKind());
        assertTrue(leicester.getPopulation() > 0, "population is a number the client can use");
    }

    @Test
    void readsTheTotalsOfAFinalisedCountExactly() throws ApiException {
        assertEquals(CountStatus.FINAL, new CountsApi(client).getCount(fixture.countId()).getStatus());
        Aggregate total = new AggregatesApi(client).aggregateCount(fixture.countId(), null, null, null, null, null);
        BigDecimal sum = fixture.amounts().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(sum, total.getSummary().getAmount(), "the total is the exact sum of the lines, as a decimal");
        assertEquals(3L, total.getSummary().getLines());
        assertEquals(FinalCountFixture.PLACE, total.getPlaceId());
    }

    @Test
    void drillsDownByOrganisationAndByFunction() throws ApiException {
        AggregatesApi aggregates = new AggregatesApi(client);
        Map<String, BigDecimal> byOrganisation = amounts(
                aggregates.aggregateCount(fixture.countId(), null, "organisation", null, null, null), "organisation");
        assertEquals(Map.of(
                fixture.organisationA(), FinalCountFixture.A_HEALTH.add(FinalCountFixture.A_SOCIAL),
                fixture.organisationB(), FinalCountFixture.B_HEALTH), byOrganisation);

        Map<String, BigDecimal> byFunction = amounts(
                aggregates.aggregateCount(fixture.countId(), null, "function_division", null, null, null),
                "function_division");
        assertEquals(Map.of(
                "07", FinalCountFixture.A_HEALTH.add(FinalCountFixture.B_HEALTH),
                "10", FinalCountFixture.A_SOCIAL), byFunction);
    }

    @Test
    void readsEveryMilestoneThroughAllPages() throws ApiException {
        MilestonesApi milestones = new MilestonesApi(client);
        Set<String> ids = new HashSet<>();
        List<Milestone> all = new ArrayList<>();
        long total = -1;
        int pages = 1;
        for (int n = 1; n <= pages; n++) {
            PageMilestoneView page = milestones.listMilestones(n, null, 10, null);
            assertEquals(n, page.getPage());
            total = page.getTotal();
            pages = page.getTotalPages();
            page.getItems().forEach(m -> ids.add(m.getId()));
            all.addAll(page.getItems());
        }
        assertEquals(total, all.size(), "the pages together hold as many milestones as the total says");
        assertTrue(pages > 1, "there are enough milestones to need paging");
        assertEquals(all.size(), ids.size(), "no milestone on two pages");
        Milestone ours = all.stream().filter(m -> m.getId().equals(fixture.milestoneId())).findFirst().orElseThrow();
        assertEquals(fixture.milestoneTitle(), ours.getTitle());
        assertEquals(FinalCountFixture.PLACE, ours.getPlaceId());
        assertEquals(java.time.LocalDate.of(2009, 12, 1), ours.getBaselineDate());
    }

    @Test
    void aWriteIsRefusedWithForbidden() {
        PlaceRequest place = new PlaceRequest().name("Government Office's own place").kind(PlaceKind.PILOT);
        ApiException refused = assertThrows(ApiException.class, () -> new PlacesApi(client).registerPlace(place));
        assertEquals(403, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"status\":403"),
                "the refusal is a problem document: " + refused.getResponseBody());
    }

    private static Map<String, BigDecimal> amounts(Aggregate aggregate, String dimension) {
        return aggregate.getCells().stream().collect(Collectors.toMap(
                (AggregateCell cell) -> cell.getDimensions().get(dimension), AggregateCell::getAmount));
    }
}
