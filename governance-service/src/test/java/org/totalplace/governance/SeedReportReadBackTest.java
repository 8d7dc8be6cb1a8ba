package org.totalplace.governance;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * The Leicestershire Together Executive report of 2 September 2009 (seeds/001) read back from the API: its
 * governance tree, roles, deadlines, key events, risks and recommendation.
 */
@QuarkusTest
@TestSecurity(user = "vic", roles = "viewer")
class SeedReportReadBackTest {

    static final String PLACE = "leicester-leicestershire";

    @Test
    void groupsFormTheReportedGovernanceTree() {
        given().queryParam("place", PLACE).when().get("/api/v1/groups/tree").then().statusCode(200)
                .body("name", containsInAnyOrder("Public Service Board", "Leicestershire Together Executive"))
                .body("find { it.name == 'Public Service Board' }.memberOrganisations", hasItems(
                        "Leicester City Council", "Leicestershire County Council", "University Hospitals of Leicester NHS Trust",
                        "Leicestershire Partnership NHS Trust", "Leicestershire Police"))
                .body("find { it.name == 'Public Service Board' }.reportingGroups.name",
                        contains("Executive Total Place Programme Board"))
                .body("find { it.name == 'Public Service Board' }.reportingGroups[0].reportingGroups.name", containsInAnyOrder(
                        "Access to Services project team", "Drugs and alcohol misuse project team", "Joint Finance Officers Group"))
                .body("find { it.name == 'Public Service Board' }.reportingGroups[0].reportingGroups"
                        + ".find { it.name == 'Drugs and alcohol misuse project team' }.reportingGroups.name",
                        contains("Leadership in Partnership Programme (LIPP) participants"));
        given().when().get("/api/v1/groups/ll-joint-finance-officers-group").then().statusCode(200)
                .body("kind", equalTo("WORKING_GROUP")).body("purpose", containsString("Deloitte"));
        given().queryParam("place", PLACE).when().get("/api/v1/groups").then().body("total", equalTo(7));
    }

    @Test
    void rolesNameTheProgrammeManagerProjectManagersAdviserAndSponsors() {
        given().when().get("/api/v1/groups/ll-executive-programme-board/memberships").then().statusCode(200)
                .body("find { it.role == 'PROGRAMME_MANAGER' }.person.name", equalTo("Mags Walsh"))
                .body("find { it.role == 'ADVISER' }.person.name", equalTo("Steve Nicklen"));
        given().when().get("/api/v1/groups/ll-joint-finance-officers-group/memberships").then()
                .body("person.name", containsInAnyOrder("Chris Tambini", "Mark Noble"))
                .body("role", contains("PROJECT_MANAGER", "PROJECT_MANAGER"));
        given().when().get("/api/v1/groups/ll-drugs-alcohol-project-team/memberships").then()
                .body("person.name", contains("Ian Coulton"));
        given().when().get("/api/v1/groups/ll-access-to-services-project-team/memberships").then()
                .body("person.name", contains("Simon Lawrence"));
        given().when().get("/api/v1/groups/ll-public-service-board/memberships").then()
                .body("role", contains("SPONSOR", "SPONSOR", "SPONSOR", "SPONSOR", "SPONSOR"))
                .body("post", hasItems("Chief Executive, Leicester City Council", "Chief Executive, Leicestershire County Council",
                        "Chief Constable, Leicestershire Police"));
        given().when().get("/api/v1/people/ll-john-benington").then()
                .body("organisation", equalTo("Warwick Business School")).body("memberships.role", contains("ADVISER"));
    }

    @Test
    void theFourReportingDeadlinesAndTheBriefingsAreMilestones() {
        given().queryParam("place", PLACE).when().get("/api/v1/milestones").then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.find { it.kind == 'INTERIM_COUNT' }.baselineDate", equalTo("2009-08-27"))
                .body("items.find { it.kind == 'INTERIM_COUNT' }.status", equalTo("MET"))
                .body("items.find { it.kind == 'FINAL_COUNT' }.baselineDate", equalTo("2009-09-08"))
                .body("items.find { it.kind == 'INTERIM_REPORT' }.baselineDate", equalTo("2009-09-18"))
                .body("items.find { it.kind == 'INTERIM_REPORT' }.recipient", equalTo("Leadership Centre"))
                .body("items.find { it.kind == 'FINAL_REPORT' }.baselineDate", equalTo("2010-02-19"))
                .body("items.findAll { it.kind == 'BRIEFING' }.recipient",
                        containsInAnyOrder("Regional Minister for the East Midlands", "LGA Improvement Board"));
    }

    @Test
    void meetingsOfSeptemberAndOctoberAndTheRecommendation() {
        given().queryParam("place", PLACE).when().get("/api/v1/meetings").then().statusCode(200)
                .body("items.date", contains("2009-08-10", "2009-08-24", "2009-09-02", "2009-09-02", "2009-09-22", "2009-10-14"))
                .body("items.find { it.date == '2009-10-14' }.groupName", equalTo("Public Service Board"));
        given().when().get("/api/v1/meetings/ll-lte-2009-09-02").then().statusCode(200)
                .body("agenda[0].title", equalTo("Total Place Programme Update"))
                .body("agenda[0].reportOf", equalTo("Leicestershire County Council"))
                .body("agenda[0].contactName", equalTo("Andy Robinson"))
                .body("agenda[0].decisions[0].text", equalTo("It is recommended that the report be noted."))
                .body("agenda[0].decisions[0].keyDecision", equalTo(false));
        given().when().get("/api/v1/meetings/ll-hmt-visit-2009-09-22").then()
                .body("attendees.name", contains("Helen Bailey"))
                .body("agenda.title", hasItem("Visit to the Dawn Centre"));
        given().when().get("/api/v1/meetings/ll-epb-2009-08-10").then()
                .body("agenda[0].decisions[0].text", containsString("Access to Services"))
                .body("agenda[0].decisions[0].keyDecision", equalTo(true));
    }

    @Test
    void theRisksAreLoggedHighestScoreFirst() {
        given().queryParam("place", PLACE).when().get("/api/v1/risks").then().statusCode(200)
                .body("total", equalTo(5))
                .body("items[0].description", containsString(
                        "danger that the many requests for briefing and reporting from various parts of Government will seriously hinder"))
                .body("items[0].type", equalTo("RISK"))
                .body("items[0].owner", equalTo("Programme Manager"))
                .body("items.type", hasItems("RISK", "ISSUE", "DEPENDENCY", "ASSUMPTION"))
                .body("items.find { it.type == 'ISSUE' }.title",
                        equalTo("Involvement of Local Authority and Non-Executive members"));
    }
}
