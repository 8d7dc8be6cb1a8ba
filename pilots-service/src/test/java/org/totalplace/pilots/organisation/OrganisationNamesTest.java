package org.totalplace.pilots.organisation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrganisationNamesTest {

    @Test
    void caseSpacingPunctuationAndAmpersandsDoNotMakeANewName() {
        String expected = "leicester-leicestershire-and-rutland-police-authority";
        assertEquals(expected, OrganisationNames.normalise("Leicester, Leicestershire and Rutland Police Authority"));
        assertEquals(expected, OrganisationNames.normalise("  LEICESTER Leicestershire & Rutland  Police Authority."));
    }

    @Test
    void apostrophesAndAccentsAreDropped() {
        assertEquals("her-majestys-courts-service", OrganisationNames.normalise("Her Majesty’s Courts Service"));
        assertEquals("ynys-mon-council", OrganisationNames.normalise("Ynys Môn Council"));
    }
}
