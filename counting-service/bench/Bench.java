import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark driver for counting-service (run by bench/run.sh, not a test).
 *   prepare WORK ROWS : signing key + token, a realistic CSV of ROWS lines and the same rows as a LOAD DATA file
 *   run WORK PORT DB PID : seeds the read-model, imports the CSV through the API (as a job), times the main
 *                          aggregations, then the database baseline (LOAD DATA LOCAL INFILE, raw GROUP BY), and
 *                          prints figures and ratios; samples the service's heap with jstat meanwhile.
 */
public class Bench {

    static final String PLACE = "bench-place";
    static final String[] FUNDING = {"council-tax", "business-rates", "fees-and-charges", "dclg", "dh", "home-office",
            "dwp", "dcsf"};
    static final String[] CLIENTS = {"adults", "children", "older-people", "offenders", "families", "all"};
    static final String[] TYPES = {"COUNTY_COUNCIL", "DISTRICT_COUNCIL", "UNITARY_COUNCIL", "POLICE_AUTHORITY",
            "FIRE_AUTHORITY", "PRIMARY_CARE_TRUST", "NHS_TRUST", "PROBATION_TRUST", "CENTRAL_DEPARTMENT",
            "THIRD_SECTOR"};
    static final int ORGS = 40;
    static final List<String> GROUPS = new ArrayList<>();

    static {
        int[] groups = {8, 5, 6, 9, 6, 6, 6, 6, 8, 9}; // COFOG groups per division 01..10
        for (int d = 0; d < 10; d++) {
            for (int g = 1; g <= groups[d]; g++) {
                GROUPS.add(String.format("%02d.%d", d + 1, g));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[1]);
        if (args[0].equals("prepare")) {
            prepare(work, Integer.parseInt(args[2]));
        } else {
            run(work, Integer.parseInt(args[2]), args[3], Long.parseLong(args[4]));
        }
    }

    static String org(int i) {
        return "bench-org-" + i;
    }

    static void prepare(Path work, int rows) throws Exception {
        Files.createDirectories(work);
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair keys = gen.generateKeyPair();
        Files.writeString(work.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        long now = System.currentTimeMillis() / 1000;
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = b64("{\"iss\":\"bench\",\"aud\":\"totalplace-api\",\"sub\":\"bench\",\"upn\":\"bench\","
                + "\"iat\":" + now + ",\"exp\":" + (now + 6 * 3600) + ",\"places\":\"" + PLACE + "\","
                + "\"realm_access\":{\"roles\":[\"finance-officer\"]}}");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        Files.writeString(work.resolve("token"), header + "." + claims + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));

        // each organisation spends on its own ~15 functions from 2-4 sources, as real bodies do
        Random random = new Random(42);
        int[][] functionsOf = new int[ORGS][];
        int[][] sourcesOf = new int[ORGS][];
        for (int o = 0; o < ORGS; o++) {
            functionsOf[o] = random.ints(15, 0, GROUPS.size()).toArray();
            sourcesOf[o] = random.ints(2 + random.nextInt(3), 0, FUNDING.length).toArray();
        }
        for (int g = 0; g < GROUPS.size(); g++) {
            functionsOf[g % ORGS][g / ORGS % 15] = g; // every COFOG group appears
        }
        try (BufferedWriter csv = Files.newBufferedWriter(work.resolve("lines.csv"));
             BufferedWriter tsv = Files.newBufferedWriter(work.resolve("lines.tsv"))) {
            csv.write("organisation,funding_source,function_code,client_group,capital_revenue,amount,note,source_row_ref,date\n");
            for (int i = 0; i < rows; i++) {
                int o = random.nextInt(ORGS);
                String function = GROUPS.get(functionsOf[o][random.nextInt(15)]);
                String source = FUNDING[sourcesOf[o][random.nextInt(sourcesOf[o].length)]];
                String client = CLIENTS[random.nextInt(CLIENTS.length)];
                String cr = random.nextInt(10) == 0 ? "CAPITAL" : "REVENUE";
                long pence = (long) Math.exp(random.nextDouble() * 16) + 50_000;
                if (random.nextInt(50) == 0) {
                    pence = -pence; // credit notes
                }
                String amount = BigDecimal.valueOf(pence, 2).toPlainString();
                String date = String.format("2008-%02d-%02d", 4 + random.nextInt(9), 1 + random.nextInt(28));
                String ref = "INV-" + i;
                // the CSV names bodies by their GSS-like code or by name, as real returns do
                String body = i % 2 == 0 ? "E99" + String.format("%06d", o) : "Bench Organisation " + o;
                csv.write(body + "," + source + "," + function + "," + client + "," + cr + "," + amount
                        + ",payment " + i + "," + ref + "," + date + "\n");
                tsv.write("baseline\t" + org(o) + "\t" + source + "\t" + function + "\t" + client + "\t" + cr + "\t"
                        + amount + "\tpayment " + i + "\t" + ref + "\t" + date + "\t\\N\n");
            }
        }
        System.out.printf("prepared %,d rows: lines.csv %,d bytes%n", rows, Files.size(work.resolve("lines.csv")));
    }

    static void run(Path work, int port, String db, long pid) throws Exception {
        String base = "http://127.0.0.1:" + port;
        String token = Files.readString(work.resolve("token")).trim();
        String url = "jdbc:mysql://127.0.0.1:3306/" + db + "?allowLoadLocalInfile=true&useSSL=false";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (Connection c = DriverManager.getConnection(url, "counting_bench", "bench")) {
            seed(c);
        }
        long rows = Files.lines(work.resolve("lines.csv")).count() - 1;
        String countId = field(send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/counts"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"placeId\":\"" + PLACE
                        + "\",\"financialYear\":\"2008-09\",\"kind\":\"HIGH_LEVEL\"}")), 201), "id");

        HeapSampler heap = new HeapSampler(pid);
        heap.start();
        long t0 = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/counts/" + countId + "/imports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofFile(work.resolve("lines.csv"))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("import answered " + started.statusCode() + ": " + started.body());
        }
        String job = base + started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String status;
        String body;
        do {
            Thread.sleep(250);
            body = send(http, HttpRequest.newBuilder(URI.create(job)).header("Authorization", "Bearer " + token).GET(), 200);
            status = field(body, "status");
        } while (status.equals("RUNNING"));
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        heap.stopSampling();
        if (!status.equals("SUCCEEDED")) {
            throw new IllegalStateException("import ended " + status + ": " + body);
        }

        String agg = base + "/api/v1/counts/" + countId;
        double drill = p50(http, token, agg + "/aggregate?drilldown=organisation,function_division&size=500", 30);
        double drillCut = p50(http, token, agg + "/aggregate?drilldown=function_group,funding_source"
                + "&cut=capital_revenue:REVENUE&order=amount:desc&size=100", 30);
        double total = p50(http, token, agg + "/aggregate", 30);
        double overlaps = p50(http, token, agg + "/overlaps?min=5", 10);
        double flows = p50(http, token, agg + "/flows", 10);

        // the database's own limits on the same rows
        double loadData;
        double rawGroupBy;
        try (Connection c = DriverManager.getConnection(url, "counting_bench", "bench")) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS baseline_line");
                s.execute("CREATE TABLE baseline_line LIKE expenditure_line");
                long l0 = System.nanoTime();
                s.execute("LOAD DATA LOCAL INFILE '" + work.resolve("lines.tsv") + "' INTO TABLE baseline_line"
                        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'"
                        + " (count_id, organisation_id, funding_source, function_code, client_group, capital_revenue,"
                        + " amount, note, source_row_ref, payment_date, import_id)");
                loadData = (System.nanoTime() - l0) / 1e9;
            }
            String raw = "SELECT organisation_id, LEFT(function_code, 2) AS d, SUM(amount) FROM expenditure_line"
                    + " WHERE count_id = ? GROUP BY organisation_id, d ORDER BY SUM(amount) DESC";
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long q0 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement(raw)) {
                    ps.setString(1, countId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getBigDecimal(3);
                        }
                    }
                }
                times.add((System.nanoTime() - q0) / 1e6);
            }
            rawGroupBy = median(times);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE baseline_line");
            }
        }

        double rate = rows / importSeconds;
        double loadRate = rows / loadData;
        System.out.println();
        System.out.println("=== counting-service benchmark (" + String.format("%,d", rows) + " lines) ===");
        System.out.printf("import end-to-end (POST -> job SUCCEEDED): %8.1f s   %,10.0f rows/s   (target >= 50,000)%n",
                importSeconds, rate);
        System.out.printf("baseline LOAD DATA LOCAL INFILE:          %8.1f s   %,10.0f rows/s%n", loadData, loadRate);
        System.out.printf("import / LOAD DATA time ratio:            %8.2f x   (target <= 3)%n", importSeconds / loadData);
        System.out.printf("service heap used, max during import:     %8.0f MB  (-Xmx512m, target < 512)%n",
                heap.maxMb());
        System.out.printf("drilldown organisation,function_division p50: %6.1f ms (target <= 100)%n", drill);
        System.out.printf("raw GROUP BY on expenditure_line p50:         %6.1f ms%n", rawGroupBy);
        System.out.printf("drilldown / raw GROUP BY ratio:               %6.3f   (target <= 1)%n", drill / rawGroupBy);
        System.out.printf("drilldown function_group,funding_source + cut + order p50: %6.1f ms%n", drillCut);
        System.out.printf("total (no drilldown) p50: %6.1f ms; overlaps?min=5 p50: %6.1f ms; flows p50: %6.1f ms%n",
                total, overlaps, flows);
    }

    static void seed(Connection c) throws Exception {
        // the read-model pilots-service's events would build (no broker needed for the benchmark)
        try (Statement s = c.createStatement()) {
            s.execute("INSERT IGNORE INTO place (id, name, kind, population, population_year, updated_at)"
                    + " VALUES ('" + PLACE + "', 'Bench Place', 'PILOT', 1000000, 2008, NOW())");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO organisation (id, name, normalised_name,"
                + " type, gss_code, updated_at) VALUES (?, ?, ?, ?, ?, NOW())")) {
            for (int o = 0; o < ORGS; o++) {
                ps.setString(1, org(o));
                ps.setString(2, "Bench Organisation " + o);
                ps.setString(3, "bench organisation " + o);
                ps.setString(4, TYPES[o % TYPES.length]);
                ps.setString(5, "E99" + String.format("%06d", o));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static double p50(HttpClient http, String token, String url, int runs) throws Exception {
        for (int i = 0; i < 3; i++) {
            get(http, token, url);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            get(http, token, url);
            times.add((System.nanoTime() - t) / 1e6);
        }
        return median(times);
    }

    static void get(HttpClient http, String token, String url) throws Exception {
        send(http, HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET(), 200);
    }

    static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Samples the service's used heap (jstat: survivors + eden + old) every 200 ms. */
    static final class HeapSampler extends Thread {
        private final long pid;
        private final AtomicLong maxKb = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        @Override
        public void run() {
            String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
            while (running) {
                try {
                    Process p = new ProcessBuilder(jstat, "-gc", Long.toString(pid)).redirectErrorStream(true).start();
                    List<String> lines;
                    try (InputStream in = p.getInputStream()) {
                        lines = new String(in.readAllBytes()).lines().toList();
                    }
                    if (lines.size() >= 2) {
                        String[] h = lines.get(0).trim().split("\\s+");
                        String[] v = lines.get(1).trim().split("\\s+");
                        double used = 0;
                        for (int i = 0; i < h.length && i < v.length; i++) {
                            if (h[i].equals("S0U") || h[i].equals("S1U") || h[i].equals("EU") || h[i].equals("OU")) {
                                used += Double.parseDouble(v[i]);
                            }
                        }
                        maxKb.accumulateAndGet((long) used, Math::max);
                    }
                    Thread.sleep(200);
                } catch (IOException | InterruptedException | NumberFormatException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        double maxMb() {
            return maxKb.get() / 1024.0;
        }
    }
}
