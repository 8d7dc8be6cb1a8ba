package org.totalplace.system.security;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.totalplace.system.security.Api.call;
import static org.totalplace.system.security.Api.get;
import static org.totalplace.system.security.Api.object;
import static org.totalplace.system.security.Api.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the authorisation tests act on, made through the API by the people whose job it is: for Leicester a draft,
 * submitted and final counts (with lines whose figures are unique to this run), a group with a member, a meeting,
 * milestones, a risk and a contact; for Luton a draft count. Every figure or piece of personal data that some
 * callers may not see is kept as a marker that must not appear in their answers.
 */
final class MatrixFixtures {

    static final String LEICESTER = "leicester-leicestershire";
    static final String LUTON = "luton-central-bedfordshire";
    static final String YEAR = "2008-09";
    static final String CSV_HEADER = "organisation,funding_source,function_code,client_group,capital_revenue,amount,note\n";

    final String run = Long.toString(System.currentTimeMillis(), 36);

    // pilots
    String partnerOrganisation;
    String joiningOrganisation;
    JsonNode leicester;
    JsonNode partnerOrganisationView;
    // counting
    String draft;
    String draftToSubmit;
    String submitted;
    String submittedToReopen;
    String submittedToFinalise;
    String finalCount;
    String importDraft;
    String lutonDraft;
    String lutonOrganisation;
    long line;
    long lineToRemove;
    String importJob;
    // governance
    String group;
    String person;
    String meeting;
    String milestone;
    String milestoneToMeet;
    String milestoneToWaive;
    String risk;

    /** Personal data: for signed-in staff and viewers, never for anonymous callers or integrators. */
    final Set<String> personal = new HashSet<>();
    /** Leicester's draft figures: its own staff and admins only. */
    final Set<String> leicesterDraftFigures = new HashSet<>();
    /** Leicester's submitted figures: its own staff, admins and integrators. */
    final Set<String> leicesterSubmittedFigures = new HashSet<>();
    /** Luton's draft figures: Luton's staff and admins only. */
    final Set<String> lutonDraftFigures = new HashSet<>();

    static MatrixFixtures build() {
        MatrixFixtures f = new MatrixFixtures();
        f.places();
        f.counts();
        f.governance();
        return f;
    }

    private void places() {
        String officer = Api.user("leicester-officer");
        String admin = Api.user("admin");
        leicester = get(null, "/api/v1/places/" + LEICESTER).then().statusCode(200).extract().as(JsonNode.class);
        List<String> partners = get(null, "/api/v1/places/" + LEICESTER + "/organisations").then().statusCode(200)
                .extract().path("organisation.id");
        partnerOrganisation = partners.get(0);
        partnerOrganisationView = get(null, "/api/v1/organisations/" + partnerOrganisation).then().statusCode(200)
                .extract().as(JsonNode.class);
        List<String> lutons = get(null, "/api/v1/places/" + LUTON + "/organisations").then().statusCode(200)
                .extract().path("organisation.id");
        lutonOrganisation = lutons.get(0);
        joiningOrganisation = lutons.stream().filter(o -> !partners.contains(o)).findFirst().orElseThrow();
        // the partnership the matrix removes (201, or 409 when a run that failed half-way left it)
        postJson(admin, "/api/v1/places/" + LEICESTER + "/partnerships",
                object("organisationId", joiningOrganisation, "role", "PARTNER"))
                .then().statusCode(anyOf(is(201), is(409)));
        String email = "matrix." + run + "@leicester-contacts.example";
        String phone = "0116 496 " + (1000 + ThreadLocalRandom.current().nextInt(9000));
        String name = "Matrix Contact " + run;
        postJson(officer, "/api/v1/places/" + LEICESTER + "/contacts", object("name", name, "role", "Count lead",
                "organisation", "Leicester City Council", "email", email, "phone", phone)).then().statusCode(201);
        personal.addAll(List.of(name, email, phone));
    }

    private void counts() {
        String finance = Api.user("leicester-finance");
        String lutonFinance = Api.user("luton-finance");
        String org = partnerOrganisation;

        draft = count(finance, LEICESTER, "draft");
        importJob = importLines(finance, draft, org, leicesterDraftFigures, 2);
        List<Number> lines = get(finance, "/api/v1/counts/" + draft + "/lines").then().statusCode(200)
                .extract().path("items.id");
        line = lines.get(0).longValue();
        lineToRemove = lines.get(1).longValue();

        draftToSubmit = count(finance, LEICESTER, "to submit");
        submitted = count(finance, LEICESTER, "submitted");
        importLines(finance, submitted, org, leicesterSubmittedFigures, 2);
        submit(finance, submitted);
        submittedToReopen = submit(finance, count(finance, LEICESTER, "to reopen"));
        submittedToFinalise = submit(finance, count(finance, LEICESTER, "to finalise"));
        finalCount = count(finance, LEICESTER, "final");
        importLines(finance, finalCount, org, new HashSet<>(), 1); // published figures: anyone may see them
        submit(finance, finalCount);
        call(finance, "POST", "/api/v1/counts/" + finalCount + "/finalise", null, null).then().statusCode(200);
        importDraft = count(finance, LEICESTER, "import target");

        lutonDraft = count(lutonFinance, LUTON, "draft");
        importLines(lutonFinance, lutonDraft, lutonOrganisation, lutonDraftFigures, 2);
    }

    private void governance() {
        String officer = Api.user("leicester-officer");
        group = postJson(officer, "/api/v1/groups", object("placeId", LEICESTER, "name", "Matrix group " + run,
                "kind", "WORKING_GROUP")).then().statusCode(201).extract().path("id");
        String name = "Matrix Person " + run;
        person = postJson(officer, "/api/v1/groups/" + group + "/memberships", object("person",
                object("name", name, "organisation", "Leicestershire County Council", "jobTitle", "Analyst " + run),
                "role", "MEMBER")).then().statusCode(201).extract().path("person.id");
        personal.add(name);
        meeting = postJson(officer, "/api/v1/meetings", meetingBody("Matrix meeting " + run))
                .then().statusCode(201).extract().path("id");
        milestone = milestone(officer, "update");
        milestoneToMeet = milestone(officer, "meet");
        milestoneToWaive = milestone(officer, "waive");
        String owner = "Matrix Owner " + run;
        risk = postJson(officer, "/api/v1/risks", riskBody(owner)).then().statusCode(201).extract().path("id");
        personal.add(owner);
    }

    Map<String, Object> meetingBody(String title) {
        return object("placeId", LEICESTER, "groupId", group, "title", title, "status", "CONFIRMED",
                "date", "2009-10-14", "attendees", List.of(object("personId", person)));
    }

    Map<String, Object> riskBody(String owner) {
        return object("placeId", LEICESTER, "type", "RISK", "title", "Matrix risk " + run, "likelihood", 3,
                "impact", 3, "owner", owner, "response", "MITIGATE");
    }

    /** One line of the standard CSV layout. */
    String csvRow(String organisation, String amount, String note) {
        return organisation + ",council-tax,07.4,adults with alcohol or drug problems,REVENUE," + amount + "," + note
                + "\n";
    }

    private String milestone(String officer, String label) {
        return postJson(officer, "/api/v1/milestones", object("placeId", LEICESTER, "title",
                "Matrix milestone " + run + " " + label, "kind", "BRIEFING", "recipient", "Leadership Centre",
                "baselineDate", "2009-12-01")).then().statusCode(201).extract().path("id");
    }

    private String count(String token, String place, String label) {
        return postJson(token, "/api/v1/counts", object("placeId", place, "financialYear", YEAR,
                "kind", "DEEP_DIVE", "theme", "matrix " + run + " " + label))
                .then().statusCode(201).extract().path("id");
    }

    private String submit(String token, String count) {
        call(token, "POST", "/api/v1/counts/" + count + "/submit", null, null).then().statusCode(200);
        return count;
    }

    /** Imports {@code rows} lines with amounts unique to this run; returns the import's id. */
    private String importLines(String token, String count, String organisation, Set<String> markers, int rows) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        List<String> amounts = new ArrayList<>();
        long totalPence = 0;
        for (int i = 0; i < rows; i++) {
            int pounds = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
            int pence = 11 + ThreadLocalRandom.current().nextInt(88);
            if (pence % 10 == 0) {
                pence++;
            }
            amounts.add(pounds + "." + pence);
            totalPence += pounds * 100L + pence;
            csv.append(csvRow(organisation, amounts.get(i), "matrix " + run));
        }
        markers.addAll(amounts);
        if (totalPence % 10 != 0) {
            markers.add(totalPence / 100 + "." + String.format("%02d", totalPence % 100));
        }
        return call(token, "POST", "/api/v1/counts/" + count + "/imports", "text/csv", csv.toString())
                .then().statusCode(201).extract().path("id");
    }
}
