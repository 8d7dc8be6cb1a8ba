package org.totalplace.pilots;

import java.util.UUID;

/** Request bodies for tests; ids carry a random suffix so tests sharing one database never collide. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid parallel place (tests never add pilots: the register holds exactly the 13 real ones). */
    public static String place(String id, String name) {
        return """
                {"id": "%s", "name": "%s", "kind": "PARALLEL_PLACE", "region": "East of England",
                 "theme": "Worklessness", "subThemes": ["Young people not in education"], "approach": "WIDE_SHALLOW",
                 "aspirations": ["Join up employment support"], "localAuthorityAreas": ["E10000012"],
                 "population": 1497759, "populationYear": 2020, "populationSource": "mySociety 1.6.1 (CC-BY-4.0)",
                 "tags": ["test-place"], "status": "ACTIVE", "postedOn": "2009-11-13",
                 "interimFindingsDue": "2009-10-30", "finalReportDue": "2010-02-19"}
                """.formatted(id, name);
    }

    public static String organisation(String name, String type) {
        return """
                {"name": "%s", "type": "%s"}
                """.formatted(name, type);
    }
}
