package org.totalplace.pilots.organisation;

/** The kinds of public body (and partner) that take part in a place. */
public enum OrganisationType {
    COUNTY_COUNCIL, DISTRICT_COUNCIL, UNITARY_COUNCIL, COMBINED_FIRE_AUTHORITY, POLICE_AUTHORITY,
    PRIMARY_CARE_TRUST, NHS_TRUST, PROBATION_SERVICE, GOVERNMENT_OFFICE, CENTRAL_DEPARTMENT, COURT_JUSTICE_BODY,
    THIRD_SECTOR, CHAMBER_BUSINESS, OTHER
}
