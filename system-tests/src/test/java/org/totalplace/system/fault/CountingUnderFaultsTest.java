package org.totalplace.system.fault;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.totalplace.system.Stack;

/**
 * counting-service under the faults a real deployment meets: the service killed in the middle of an import, and
 * its database crashing and coming back while imports are being written. Runs its own counting-service instance
 * against a MariaDB of its own, so the rest of the stack is not disturbed; Kafka and Keycloak are the stack's.
 */
@Tag("fault")
@Order(90)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CountingUnderFaultsTest {

    static final String PLACE = "leicester-leicestershire";
    static final String HEADER = "organisation,funding_source,function_code,client_group,capital_revenue,amount,note\n";
    static final List<String> FUNCTIONS = List.of("03.1", "07.4", "10.2", "09.1", "06.1", "04.5", "10.7");

    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static ScratchDatabase db;
    static ServiceInstance counting;
    static String organisation;

    @BeforeAll
    static void start() throws Exception {
        organisation = given().when().get(Stack.GATEWAY + "/api/v1/places/" + PLACE + "/organisations")
                .then().statusCode(200).extract().path("organisation.id[0]");
        db = ScratchDatabase.create(Path.of("target", "fault-mariadb"),
                Integer.parseInt(Stack.env("FAULT_DB_PORT", "3317")));
        counting = ServiceInstance.counting(Integer.parseInt(Stack.env("FAULT_COUNTING_PORT", "38082")), db.port,
                "counting-fault-" + RUN);
        counting.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (counting != null) {
            counting.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void aServiceKilledMidImportLeavesTheJobFailedWithNothingStoredAndTheFileCanBeSentAgain() throws Exception {
        String count = draftCount("killed mid-import");
        int rows = 300_000;
        String csv = csv(rows, 0);

        String job = importAsJob(count, csv);
        await("the import to be under way").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> job(job).getLong("rowsRead") > 0);
        counting.kill();
        counting.start();

        var interrupted = job(job);
        assertEquals("FAILED", interrupted.getString("status"), "after the restart the import must be FAILED");
        assertTrue(interrupted.getString("message").contains("send the file again"), interrupted.getString("message"));
        assertEquals(0, linesOf(count), "an interrupted import must store nothing");

        String again = importAsJob(count, csv);
        await("the import sent again to finish").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !"RUNNING".equals(job(again).getString("status")));
        var done = job(again);
        assertEquals("SUCCEEDED", done.getString("status"), done.getString("message"));
        assertEquals(rows, done.getLong("linesStored"));
        assertEquals(rows, linesOf(count));
        System.out.printf("fault: service killed mid-import (%d rows, %d read when killed): job FAILED, 0 lines "
                + "stored; the same file sent again stored %d lines%n", rows, interrupted.getLong("rowsRead"), rows);
    }

    @Test
    @Order(2)
    void whileItsDatabaseRestartsTheServiceAnswers503QuicklyAndRecoversWithNoHalfWrittenImport() throws Exception {
        String count = draftCount("database restart");
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        for (int w = 0; w < 3; w++) {
            writers.execute(() -> {
                while (writing.get()) {
                    int n = sequence.incrementAndGet();
                    int status = importNow(count, csv(2_000, n)).statusCode();
                    outcomes.merge(Integer.toString(status), 1, Integer::sum);
                }
            });
        }
        await("imports succeeding before the crash").atMost(Duration.ofSeconds(60))
                .until(() -> outcomes.getOrDefault("201", 0) >= 3);

        db.crash();
        long slowest = 0;
        int unavailable = 0;
        for (int probe = 0; probe < 10; probe++) {
            long started = System.nanoTime();
            Response answer = given().header("Authorization", finance()).when()
                    .get(counting.url + "/api/v1/counts/" + count);
            slowest = Math.max(slowest, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            answer.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
            unavailable++;
        }
        assertTrue(slowest <= 10_000, "answers while the database is away must not hang: slowest " + slowest + " ms");
        int readiness = counting.status("/q/health/ready");
        assertEquals(503, readiness, "readiness must report the database as down");

        db.start();
        await("the service to recover by itself").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().header("Authorization", finance()).when()
                        .get(counting.url + "/api/v1/counts/" + count).statusCode() == 200);
        int before = outcomes.getOrDefault("201", 0);
        await("imports succeeding again").atMost(Duration.ofSeconds(60))
                .until(() -> outcomes.getOrDefault("201", 0) >= before + 3);
        writing.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));

        assertTrue(outcomes.keySet().stream().allMatch(s -> s.equals("201") || s.equals("503")),
                "every import must be stored (201) or refused as unavailable (503): " + outcomes);
        long[] consistent = noHalfWrittenImport(count);
        System.out.printf("fault: database crashed and restarted under imports: answers %s; probes while it was away: "
                + "%d x 503 problem+json, slowest %d ms; recovered without a restart; %d imports stored with all their "
                + "lines, %d interrupted with none, %d lines, summary equals lines%n",
                outcomes, unavailable, slowest, consistent[0], consistent[1], consistent[2]);
    }

    /** Every import is whole or absent, and the pre-aggregated summary matches the lines: {stored, absent, lines}. */
    private static long[] noHalfWrittenImport(String count) throws SQLException {
        long stored = 0;
        long absent = 0;
        long lines = 0;
        try (var connection = db.connect("counting"); var statement = connection.createStatement()) {
            var jobs = statement.executeQuery("""
                    SELECT j.id, j.status, j.rows_valid, (SELECT COUNT(*) FROM expenditure_line l WHERE l.import_id = j.id)
                    FROM import_job j WHERE j.count_id = '%s'""".formatted(count));
            while (jobs.next()) {
                long linesOfJob = jobs.getLong(4);
                if (jobs.getString(2).equals("SUCCEEDED")) {
                    assertEquals(jobs.getLong(3), linesOfJob, "import " + jobs.getString(1) + " is half stored");
                    stored++;
                } else {
                    assertEquals(0, linesOfJob, "import " + jobs.getString(1) + " (" + jobs.getString(2)
                            + ") stored lines");
                    absent++;
                }
                lines += linesOfJob;
            }
            var sums = statement.executeQuery("""
                    SELECT (SELECT COALESCE(SUM(amount), 0) FROM expenditure_line WHERE count_id = '%1$s'),
                           (SELECT COALESCE(SUM(amount), 0) FROM line_summary WHERE count_id = '%1$s'),
                           (SELECT COUNT(*) FROM expenditure_line WHERE count_id = '%1$s'),
                           (SELECT COALESCE(SUM(line_count), 0) FROM line_summary WHERE count_id = '%1$s')""".formatted(count));
            sums.next();
            assertEquals(0, sums.getBigDecimal(1).compareTo(sums.getBigDecimal(2)), "summary total differs from lines");
            assertEquals(sums.getLong(3), sums.getLong(4), "summary line count differs from lines");
            assertEquals(lines, sums.getLong(3), "lines that belong to no import");
        }
        assertTrue(stored > 0, "no import was stored at all");
        return new long[] {stored, absent, lines};
    }

    private static String draftCount(String label) {
        String body = """
                {"placeId":"%s","financialYear":"2008-09","kind":"DEEP_DIVE","theme":"fault %s %s"}"""
                .formatted(PLACE, RUN, label);
        AtomicReference<String> id = new AtomicReference<>();
        // the instance's read-model of places fills from Kafka after it starts
        await("counting-service to know " + PLACE).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Response created = given().header("Authorization", finance()).contentType("application/json")
                            .body(body).when().post(counting.url + "/api/v1/counts");
                    if (created.statusCode() == 201) {
                        id.set(created.path("id"));
                    }
                    return id.get() != null;
                });
        return id.get();
    }

    private static String importAsJob(String count, String csv) {
        return given().header("Authorization", finance()).contentType("text/csv").body(csv)
                .when().post(counting.url + "/api/v1/counts/" + count + "/imports?async=true")
                .then().statusCode(202).extract().path("id");
    }

    private static Response importNow(String count, String csv) {
        return given().header("Authorization", finance()).contentType("text/csv").body(csv)
                .when().post(counting.url + "/api/v1/counts/" + count + "/imports");
    }

    private static io.restassured.path.json.JsonPath job(String id) {
        return given().header("Authorization", finance()).when().get(counting.url + "/api/v1/imports/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static long linesOf(String count) {
        return given().header("Authorization", finance()).when()
                .get(counting.url + "/api/v1/counts/" + count + "/lines?size=1")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static String finance() {
        return Stack.bearer(Stack.userToken("leicester-finance"));
    }

    /** {@code rows} lines with amounts unique to {@code batch}, so no two batches are the same file. */
    private static String csv(int rows, int batch) {
        StringBuilder sb = new StringBuilder(HEADER.length() + rows * 70).append(HEADER);
        for (int row = 0; row < rows; row++) {
            sb.append(organisation).append(",council-tax,").append(FUNCTIONS.get(row % FUNCTIONS.size()))
                    .append(",adults,REVENUE,").append(1 + row % 9_000).append('.').append(batch % 100 < 10 ? "0" : "")
                    .append(batch % 100).append(",fault ").append(RUN).append(' ').append(batch).append('\n');
        }
        return sb.toString();
    }
}
