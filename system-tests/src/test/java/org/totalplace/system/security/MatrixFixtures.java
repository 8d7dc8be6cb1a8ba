package org.totalplace.system.security;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.totalplace.system.Api.call;
import static org.totalplace.system.Api.get;
import static org.totalplace.system.Api.object;
import static org.totalplace.system.Api.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.totalplace.system.Api;
import org.totalplace.system.ApiOperations;
import org.totalplace.system.ApiOperations.Operation;

/**
 * What the authorisation tests act on, made through the API by the people whose job it is: for Leicester a draft,
 * submitted and final counts (with lines whose figures are unique to this run), a group with a member, a meeting,
 * milestones, a risk and a contact; for Luton a draft count. Every figure or piece of personal data that some
 * callers may not see is kept as a marker that must not appear in their answers.
 */
public final class MatrixFixtures {

    public static final String LEICESTER = "leicester-leicestershire";
    public static final String LUTON = "luton-central-bedfordshire";
    static final String YEAR = "2008-09";
    public static final String CSV_HEADER = "organisation,funding_source,function_code,client_group,capital_revenue,amount,note\n";

    final String run = Long.toString(System.currentTimeMillis(), 36);

    // pilots
    public String partnerOrganisation;
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

    public static MatrixFixtures build() {
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
    public String csvRow(String organisation, String amount, String note) {
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

    /**
     * A valid request body for a write on these fixtures: a JSON object, CSV text for an import, null when the
     * operation takes none. The bodies name Leicester and the fixtures {@link #pathValue} puts in the path.
     */
    public Object validBody(Operation op, ApiOperations api) {
        return switch (op.key()) {
            case "POST /api/v1/places" -> request(op, api, leicester, false); // registered already: 409
            case "PUT /api/v1/places/{placeId}" -> request(op, api, leicester, true);
            case "POST /api/v1/organisations" -> request(op, api, partnerOrganisationView, true); // exists: 409
            case "PUT /api/v1/organisations/{organisationId}" -> request(op, api, partnerOrganisationView, true);
            case "POST /api/v1/places/{placeId}/updates" -> object("date", "2010-01-15", "text", "matrix " + run);
            case "POST /api/v1/places/{placeId}/documents" -> object("title", "Matrix document " + run, "kind", "OTHER");
            case "POST /api/v1/places/{placeId}/contacts" -> object("name", "Matrix Extra " + run, "role", "Analyst");
            case "POST /api/v1/places/{placeId}/funding" -> object("funder", "Matrix Fund", "amount", "1.00",
                    "financialYear", "2009-10");
            case "POST /api/v1/places/{placeId}/partnerships" -> object("organisationId", joiningOrganisation,
                    "role", "PARTNER");
            case "POST /api/v1/counts" -> object("placeId", LEICESTER, "financialYear", YEAR, "kind", "DEEP_DIVE",
                    "theme", "matrix " + run + " new");
            case "POST /api/v1/counts/{countId}/lines", "PUT /api/v1/counts/{countId}/lines/{lineId}" ->
                    object("organisationId", partnerOrganisation, "fundingSource", "council-tax",
                            "functionCode", "07.4", "capitalRevenue", "REVENUE", "amount", "10.01");
            case "POST /api/v1/counts/{countId}/imports" -> CSV_HEADER
                    + csvRow(partnerOrganisation, "20.02", "matrix " + run + " " + System.nanoTime());
            case "POST /api/v1/groups" -> object("placeId", LEICESTER, "name", "Matrix group " + run + " new",
                    "kind", "PROJECT_TEAM");
            case "PUT /api/v1/groups/{id}" -> object("name", "Matrix group " + run, "kind", "WORKING_GROUP");
            case "POST /api/v1/groups/{id}/memberships" -> object("post", "Matrix post", "role", "ADVISER");
            case "POST /api/v1/meetings", "PUT /api/v1/meetings/{id}" -> meetingBody("Matrix meeting " + run);
            case "POST /api/v1/milestones" -> object("placeId", LEICESTER, "title", "Matrix milestone " + run + " new",
                    "kind", "OTHER", "recipient", "Leadership Centre", "baselineDate", "2009-12-01");
            case "PUT /api/v1/milestones/{id}" -> object("title", "Matrix milestone " + run + " update",
                    "recipient", "Leadership Centre", "forecastDate", "2009-12-08");
            case "POST /api/v1/milestones/{id}/meet" -> object("actualDate", "2009-12-01", "evidence", "matrix " + run);
            case "POST /api/v1/milestones/{id}/waive" -> object("reason", "matrix " + run);
            case "POST /api/v1/risks", "PUT /api/v1/risks/{id}" -> riskBody("Matrix Owner " + run);
            default -> null;
        };
    }

    /** The value of a path parameter naming the fixture each write needs (each in the state it needs). */
    public String pathValue(Operation op, String param) {
        String resource = op.path().split("/")[3];
        return switch (param) {
            case "placeId" -> LEICESTER;
            case "organisationId" -> op.path().contains("/partnerships/") ? joiningOrganisation : partnerOrganisation;
            case "countId" -> countFor(op);
            case "otherCountId" -> draft;
            case "lineId" -> Long.toString(op.method().equals("DELETE") ? lineToRemove : line);
            case "jobId" -> importJob;
            case "id" -> switch (resource) {
                case "groups" -> group;
                case "people" -> person;
                case "meetings" -> meeting;
                case "risks" -> risk;
                case "milestones" -> op.path().endsWith("/meet") ? milestoneToMeet
                        : op.path().endsWith("/waive") ? milestoneToWaive : milestone;
                default -> throw new IllegalStateException("no fixture for {id} of " + op.key() + ": add one");
            };
            default -> throw new IllegalStateException("no fixture for {" + param + "} of " + op.key() + ": add one");
        };
    }

    private String countFor(Operation op) {
        if (op.isRead()) {
            return submitted; // visible to Leicester's staff, admins and integrators, to no one else
        }
        String path = op.path();
        return path.endsWith("/submit") ? draftToSubmit
                : path.endsWith("/reopen") ? submittedToReopen
                : path.endsWith("/finalise") ? submittedToFinalise
                : path.endsWith("/corrections") ? finalCount
                : draft;
    }

    /** A request body of the operation's schema from what a read of the resource returned. */
    private static Map<String, Object> request(Operation op, ApiOperations api, JsonNode view, boolean withoutId) {
        Set<String> properties = api.properties(op.service(), op.bodySchema());
        assertTrue(!properties.isEmpty(), "no properties for " + op.bodySchema());
        Map<String, Object> body = new LinkedHashMap<>();
        view.properties().forEach(e -> {
            if (properties.contains(e.getKey()) && !(withoutId && e.getKey().equals("id"))) {
                body.put(e.getKey(), e.getValue());
            }
        });
        return body;
    }
}
