package org.totalplace.counting.organisation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrganisationDirectoryTest {

    final OrganisationDirectory directory = new OrganisationDirectory(List.of(
            new OrganisationDirectory.Entry("leicestershire-county-council", "Leicestershire County Council",
                    "E10000018", "31", null, "GB-LAE-LEC"),
            new OrganisationDirectory.Entry("leicester-city-pct", "Leicester City PCT", null, null, "5PC", null),
            new OrganisationDirectory.Entry("fire", "Leicestershire Fire & Rescue", null, null, null, null)));

    @Test
    void organisationsAreFoundByIdAndEveryIdentifier() {
        assertEquals(Optional.of("leicestershire-county-council"), directory.resolve("leicestershire-county-council"));
        assertEquals(Optional.of("leicestershire-county-council"), directory.resolve("E10000018"));
        assertEquals(Optional.of("leicestershire-county-council"), directory.resolve("31"));
        assertEquals(Optional.of("leicestershire-county-council"), directory.resolve("gb-lae-lec"));
        assertEquals(Optional.of("leicester-city-pct"), directory.resolve("5PC"));
        assertEquals(Optional.of("leicestershire-county-council"),
                directory.resolve("http://statistics.data.gov.uk/id/local-authority/31"));
    }

    @Test
    void organisationsAreFoundByLooselyWrittenNames() {
        assertEquals(Optional.of("leicestershire-county-council"), directory.resolve("LEICESTERSHIRE COUNTY COUNCIL."));
        assertEquals(Optional.of("fire"), directory.resolve("The Leicestershire Fire and Rescue"));
        assertEquals(Optional.empty(), directory.resolve("Rutland County Council"));
        assertEquals(Optional.empty(), directory.resolve(" "));
    }
}
