package org.totalplace.gateway.routing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RouteTableTest {

    private final RouteTable table = new RouteTable(Map.of(
            "pilots", List.of("places", "organisations"),
            "governance", List.of("calendars")));

    @Test
    void firstSegmentAfterTheVersionDecides() {
        assertEquals(Optional.of("pilots"), table.serviceFor("/api/v1/places"));
        assertEquals(Optional.of("pilots"), table.serviceFor("/api/v1/places/kent/organisations"));
        assertEquals(Optional.of("governance"), table.serviceFor("/api/v1/calendars/kent.ics"));
    }

    @Test
    void segmentsMustMatchWhole() {
        assertEquals(Optional.empty(), table.serviceFor("/api/v1/placesX"));
        assertEquals(Optional.empty(), table.serviceFor("/api/v1/"));
        assertEquals(Optional.empty(), table.serviceFor("/api/v2/places"));
        assertEquals(Optional.empty(), table.serviceFor("/places"));
    }

    @Test
    void aSegmentOwnedByTwoServicesIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(Map.of(
                "pilots", List.of("places"), "counting", List.of("places"))));
    }
}
