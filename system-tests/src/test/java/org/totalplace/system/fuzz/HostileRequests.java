package org.totalplace.system.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.totalplace.system.ApiOperations;
import org.totalplace.system.ApiOperations.Operation;
import org.totalplace.system.ApiOperations.Param;
import org.totalplace.system.security.MatrixFixtures;

/**
 * Hostile requests generated from the OpenAPI document: for every operation its path ids, query parameters and
 * request body (each property of its schema, by type, format, enum, pattern and limits) mutated, plus broken JSON,
 * wrong content types and broken CSV files. Deterministic for a seed.
 */
final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lone surrogates cannot be UTF-8 encoded: they travel as \\uD800 escapes, which JSON allows. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String STALE_ETAG = "\"fuzz-stale\"";
    private static final String CSV_HEADER = MatrixFixtures.CSV_HEADER;

    private final ApiOperations api;
    private final MatrixFixtures f;
    private final Random random;
    private final List<FuzzRequest> out = new ArrayList<>();
    private int raw;

    HostileRequests(ApiOperations api, MatrixFixtures fixtures, long seed) {
        this.api = api;
        this.f = fixtures;
        this.random = new Random(seed);
    }

    /** At least {@code minimum} requests: one systematic pass over every operation, then seeded random rounds. */
    List<FuzzRequest> generate(int minimum) {
        for (Operation op : api.all()) {
            pathIds(op);
            queries(op, false);
            if (op.bodySchema() != null) {
                structure(op);
                for (String property : properties(op).keySet()) {
                    fields(op, property, false);
                }
            }
            if (op.bodyTypes().contains("text/csv")) {
                csv(op);
            }
        }
        List<Operation> bodies = api.all().stream().filter(o -> o.bodySchema() != null).toList();
        List<Operation> queried = api.all().stream().filter(o -> !o.query().isEmpty()).toList();
        while (out.size() < minimum) {
            Operation op = bodies.get(random.nextInt(bodies.size()));
            List<String> names = new ArrayList<>(properties(op).keySet());
            fields(op, names.get(random.nextInt(names.size())), true);
            queries(queried.get(random.nextInt(queried.size())), true);
        }
        return out;
    }

    // ---------------------------------------------------------------- path ids

    private void pathIds(Operation op) {
        for (Param param : op.parameters()) {
            if (!param.in().equals("path")) {
                continue;
            }
            for (String bad : HostileValues.BAD_IDS) {
                // an id that parses as a number naming a real line would make the write valid: keep them apart
                Map<String, String> values = pathValues(op);
                values.put(param.name(), bad);
                Object body = op.isRead() ? null : f.validBody(op, api);
                add("path-ids", op, values, Map.of(), jsonOrCsv(op, body), !op.isRead());
            }
        }
    }

    // ---------------------------------------------------------------- query parameters

    private void queries(Operation op, boolean oneRandom) {
        List<Param> query = op.parameters().stream().filter(p -> p.in().equals("query")).toList();
        for (Param param : query) {
            List<String> values = queryValues(param);
            if (oneRandom) {
                values = List.of(values.get(random.nextInt(values.size())));
            }
            for (String value : values) {
                // a write (an import) gets a CSV that is wrong too, so that it is refused whatever the parameter does
                Body body = op.isRead() ? null : new Body("text/csv", bytes(CSV_HEADER + f.csvRow(f.partnerOrganisation,
                        "1.001", "over-precise")));
                add("query", op, pathValues(op), Map.of(param.name(), value), body, !op.isRead());
            }
            if (oneRandom) {
                return;
            }
        }
    }

    private List<String> queryValues(Param param) {
        List<String> values = new ArrayList<>();
        JsonNode schema = api.resolved(param.schema());
        if (schema.path("type").asText().equals("integer")) {
            values.addAll(List.of("-1", "1e9", "1000000000", "2147483648", "99999999999999999999", "abc", "", "1.5",
                    "0", "-2147483648", "\u0661"));
        } else if (schema.path("type").asText().equals("boolean")) {
            values.addAll(List.of("maybe", "2", ""));
        } else {
            values.addAll(List.of("UNKNOWN", "", "x".repeat(1000), "2026-02-30", "99999-01-01", "yesterday",
                    "-name;drop", "name,asc,desc", ":", "organisation:", "a:b:c"));
            values.addAll(HostileValues.INJECTION.subList(0, 8));
            values.addAll(HostileValues.UNICODE.subList(0, 8));
        }
        return values;
    }

    // ---------------------------------------------------------------- body structure

    private void structure(Operation op) {
        String valid = json(validJson(op));
        List<String> broken = new ArrayList<>(List.of(
                valid.substring(0, valid.length() / 2), valid.substring(0, valid.length() - 1),
                valid.substring(0, 1), valid.replaceFirst("}$", ",}"), valid.replace('"', '\''),
                valid.replaceAll("\"([A-Za-z]+)\":", "$1:"), "{", "}", "nul", "{\"a\":NaN}", "/* c */" + valid,
                valid + "garbage", valid + valid, "\u0000" + valid, "{\"" + "a".repeat(100_000) + "\":1",
                "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
                "[" + "1,".repeat(100_000) + "1]"));
        for (String text : broken) {
            add("json-syntax", op, pathValues(op), Map.of(), new Body("application/json", bytes(text)), true);
        }
        // not UTF-8 at all
        ByteArrayOutputStream latin = new ByteArrayOutputStream();
        latin.writeBytes(bytes("{\"a\":\""));
        latin.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xA0});
        latin.writeBytes(bytes("\"}"));
        add("json-syntax", op, pathValues(op), Map.of(), new Body("application/json", latin.toByteArray()), true);
        for (String text : List.of("", "null", "[]", "42", "\"text\"", "true", "{}", "[{}]", " ")) {
            add("empty-body", op, pathValues(op), Map.of(), new Body("application/json", bytes(text)), true);
        }
        add("empty-body", op, pathValues(op), Map.of(), null, true);
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=fuzz", "text/csv", "application/octet-stream", "image/png",
                "application/json-patch+json", "application/problem+json", "garbage", "application/")) {
            // (not */*: JAX-RS takes a wildcard Content-Type as compatible with JSON, and so reads the body)
            add("content-type", op, pathValues(op), Map.of(), new Body(type, bytes(valid)), true);
        }
        // one JSON document far larger than any request should be: refused, however the service chooses to
        Map<String, Object> padded = validJson(op);
        padded.remove(required(op).get(0));
        padded.put("padding", HostileValues.HUGE.repeat(120));
        String large = json(padded);
        add("oversize", op, pathValues(op), Map.of(), new Body("application/json", bytes(large)), true);
    }

    // ---------------------------------------------------------------- body fields

    /** Every mutation of one property of the operation's request schema. */
    private void fields(Operation op, String property, boolean oneRandom) {
        JsonNode schema = effective(properties(op).get(property));
        boolean required = required(op).contains(property);
        List<Mutation> mutations = new ArrayList<>();
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        boolean money = schema.path("pattern").asText().startsWith("^\\d{1,17}");
        boolean date = properties(op).get(property).path("$ref").asText().endsWith("LocalDate")
                || schema.path("format").asText().equals("date");
        boolean time = properties(op).get(property).path("$ref").asText().endsWith("LocalTime");

        mutations.add(new Mutation("missing-required", null, required, true));
        mutations.add(new Mutation("null", "null", required, false));
        if (type.equals("string") || type.isEmpty() && schema.has("enum")) {
            for (String v : HostileValues.NOT_STRINGS) {
                mutations.add(new Mutation("wrong-type", v, true, false));
            }
            mutations.add(new Mutation("huge-string", quote(HostileValues.HUGE), schema.has("maxLength"), false));
            if (schema.has("maxLength")) {
                mutations.add(new Mutation("huge-string", quote("y".repeat(schema.path("maxLength").asInt() + 1)),
                        true, false));
            }
            if (schema.has("enum")) {
                for (String v : HostileValues.BAD_ENUMS) {
                    mutations.add(new Mutation("enums", quote(v), true, false));
                }
                mutations.add(new Mutation("enums", "1", true, false));
            }
            if (money) {
                boolean nonNegative = schema.has("minimum");
                HostileValues.BAD_MONEY.forEach(v -> mutations.add(new Mutation("money", quote(v), true, false)));
                HostileValues.BAD_MONEY_NUMBERS.forEach(v -> mutations.add(new Mutation("money", v, true, false)));
                HostileValues.NEGATIVE_MONEY.forEach(v -> mutations.add(new Mutation("money", quote(v), nonNegative, false)));
                mutations.add(new Mutation("money", "-1", nonNegative, false));
                HostileValues.ODD_MONEY.forEach(v -> mutations.add(new Mutation("money", quote(v), false, false)));
            }
            if (date) {
                HostileValues.BAD_DATES.forEach(v -> mutations.add(new Mutation("dates", quote(v), true, false)));
                mutations.add(new Mutation("dates", "20091014", true, false));
            }
            if (time) {
                HostileValues.BAD_TIMES.forEach(v -> mutations.add(new Mutation("dates", quote(v), true, false)));
            }
            if (!schema.has("enum") && !money && !date && !time) {
                HostileValues.UNICODE.forEach(v -> mutations.add(new Mutation("unicode", quote(v), false, false)));
                HostileValues.INJECTION.forEach(v -> mutations.add(new Mutation("injection", quote(v), false, false)));
                mutations.add(new Mutation("unicode", quote(""), false, false));
                mutations.add(new Mutation("unicode", quote("   "), false, false));
            }
        } else if (type.equals("integer") || type.equals("number")) {
            HostileValues.BAD_INTEGERS.forEach(v -> mutations.add(new Mutation("numbers", v, true, false)));
            if (schema.has("minimum")) {
                mutations.add(new Mutation("numbers", Long.toString(schema.path("minimum").asLong() - 1), true, false));
            }
            if (schema.has("maximum")) {
                mutations.add(new Mutation("numbers", Long.toString(schema.path("maximum").asLong() + 1), true, false));
            }
        } else if (type.equals("array")) {
            mutations.add(new Mutation("wrong-type", "{}", true, false));
            mutations.add(new Mutation("wrong-type", "\"single\"", true, false));
            mutations.add(new Mutation("wrong-type", "[{}, []]", true, false));
            mutations.add(new Mutation("huge-string", "[" + quote(HostileValues.HUGE) + "]",
                    schema.path("items").has("maxLength"), false));
            mutations.add(new Mutation("unicode", "[" + quote(HostileValues.UNICODE.get(1)) + ", null]", false, false));
            String many = "[" + java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "\"item-" + i + "\"")
                    .collect(Collectors.joining(",")) + "]";
            mutations.add(new Mutation("huge-string", many, schema.has("maxItems"), false));
        } else if (type.equals("object") || schema.has("properties")) {
            for (String v : List.of("\"text\"", "42", "[]", "true", "{\"" + "k".repeat(1000) + "\": {}}")) {
                mutations.add(new Mutation("wrong-type", v, !v.startsWith("{"), false));
            }
        }
        if (oneRandom) {
            Mutation m = mutations.get(random.nextInt(mutations.size()));
            mutations.clear();
            mutations.add(m);
        }
        for (Mutation m : mutations) {
            Map<String, Object> body = validJson(op);
            if (m.remove()) {
                if (!m.invalid()) {
                    continue; // an optional field left out is a valid request
                }
                body.remove(property);
            } else {
                body = poisoned(op, body, m.invalid() ? null : property, property, rawValue(m.raw()));
                if (body == null) {
                    continue; // nothing else in the schema can be made invalid: the request could succeed
                }
            }
            add(m.category(), op, pathValues(op), Map.of(), new Body("application/json", bytes(json(body))), true);
        }
    }

    private record Mutation(String category, String raw, boolean invalid, boolean remove) {
    }

    /**
     * The body with {@code property} set to {@code value} and, unless {@code keep} is null (the value is invalid by
     * itself), another field made invalid so that the request must be refused whatever the value does: a required
     * field left out, or a string one past its maxLength. Operations taking If-Match get a stale one as well.
     */
    private Map<String, Object> poisoned(Operation op, Map<String, Object> body, String keep, String property,
                                         Object value) {
        Map<String, Object> result = new LinkedHashMap<>(body);
        result.put(property, value);
        if (keep == null || hasIfMatch(op)) {
            return result;
        }
        for (String other : required(op)) {
            if (!other.equals(keep)) {
                result.remove(other);
                return result;
            }
        }
        for (Map.Entry<String, JsonNode> other : properties(op).entrySet()) {
            JsonNode schema = effective(other.getValue());
            if (!other.getKey().equals(keep) && schema.has("maxLength")) {
                result.put(other.getKey(), "z".repeat(schema.path("maxLength").asInt() + 1));
                return result;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- CSV imports

    private void csv(Operation op) {
        String org = f.partnerOrganisation;
        String good = f.csvRow(org, "10.00", "fuzz");
        List<String> files = new ArrayList<>(List.of(
                "", "\n", "organisation\n" + org + "\n", CSV_HEADER + org + ",council-tax\n",
                CSV_HEADER + good.replace("\n", ",extra,columns\n"), good,
                CSV_HEADER + f.csvRow(org, "1.001", "over-precise"), CSV_HEADER + f.csvRow(org, "abc", "not money"),
                CSV_HEADER + f.csvRow(org, "1e30", "huge"),
                CSV_HEADER + f.csvRow(org, "99999999999999999999999999.99", "overflow"),
                CSV_HEADER + f.csvRow("no-such-organisation-fuzz", "1.00", "unknown org"),
                CSV_HEADER + org + ",council-tax,99.99,adults,REVENUE,1.00,bad function\n",
                CSV_HEADER + org + ",council-tax,07.4,adults,BOTH,1.00,bad capital revenue\n",
                CSV_HEADER + org + ",council-tax,07.4,adults,REVENUE,\"1.00,unterminated quote\n",
                CSV_HEADER + good + f.csvRow(org, "1.001", HostileValues.HUGE),
                CSV_HEADER + good + f.csvRow(org, "1.00", "nul\u0000byte").replace("1.00", "1.0.0"),
                CSV_HEADER.replace("amount", "amount,amount") + good,
                "\uFEFF" + CSV_HEADER.toUpperCase() + good + "ragged\n",
                CSV_HEADER + good.repeat(50) + "ragged,row\n",
                CSV_HEADER.replace("\n", "\r\n") + good + "\r" + f.csvRow(org, "-", "bare minus")));
        for (String injection : HostileValues.INJECTION) {
            files.add(CSV_HEADER + good + org + ",council-tax,07.4,adults,REVENUE,1.00,\""
                    + injection.replace("\"", "\"\"") + "\"\n" + "ragged\n");
        }
        for (String file : files) {
            add("csv", op, pathValues(op), Map.of(), new Body("text/csv", bytes(file)), true);
        }
        // not UTF-8, not a zip, not text
        add("csv", op, pathValues(op), Map.of("encoding", "UTF-8"), new Body("text/csv",
                new byte[] {'o', 'r', 'g', '\n', (byte) 0xC3, 0x28, (byte) 0xFF, '\n'}), true);
        add("csv", op, pathValues(op), Map.of(), new Body("application/zip", bytes("PK\u0003\u0004not a zip")), true);
        add("csv", op, pathValues(op), Map.of(), new Body("application/octet-stream", randomBytes(4096)), true);
        for (String type : List.of("application/json", "application/xml", "multipart/form-data; boundary=x", "image/png")) {
            add("content-type", op, pathValues(op), Map.of(), new Body(type, bytes(CSV_HEADER + good)), true);
        }
        // oversize, yet under the asynchronous threshold: 60k good rows and one bad one, refused as a whole
        String oversize = CSV_HEADER + good.repeat(60_000) + f.csvRow(org, "1.001", "the last row is wrong");
        add("oversize", op, pathValues(op), Map.of(), new Body("text/csv", bytes(oversize)), true);
        String ragged = CSV_HEADER + (good + "a,b\n").repeat(20_000);
        add("oversize", op, pathValues(op), Map.of(), new Body("text/csv", bytes(ragged)), true);
    }

    // ---------------------------------------------------------------- helpers

    private record Body(String contentType, byte[] bytes) {
    }

    private void add(String category, Operation op, Map<String, String> pathValues, Map<String, String> query,
                     Body body, boolean mustReject) {
        String path = op.path();
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", encode(e.getValue()));
        }
        if (!query.isEmpty()) {
            path += "?" + query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (body != null && body.contentType() != null) {
            headers.put("Content-Type", body.contentType());
        }
        if (hasIfMatch(op)) {
            headers.put("If-Match", STALE_ETAG);
        }
        out.add(new FuzzRequest(category, op.service(), op.method(), path, headers,
                body == null ? null : body.bytes(), user(op, out.size()), mustReject));
    }

    /** Alternately a programme admin and the officer of Leicester whose job the operation is. */
    private static String user(Operation op, int index) {
        boolean adminOnly = op.service().equals("pilots") && !op.path().startsWith("/api/v1/places/{placeId}");
        if (adminOnly || index % 2 == 0) {
            return "admin";
        }
        return op.service().equals("counting") ? "leicester-finance" : "leicester-officer";
    }

    private Map<String, String> pathValues(Operation op) {
        Map<String, String> values = new LinkedHashMap<>();
        op.pathParameters().forEach(p -> values.put(p, f.pathValue(op, p)));
        return values;
    }

    private Body jsonOrCsv(Operation op, Object body) {
        if (body == null) {
            return null;
        }
        return body instanceof String csv ? new Body("text/csv", bytes(csv)) : new Body("application/json", bytes(json(body)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> validJson(Operation op) {
        return new LinkedHashMap<>((Map<String, Object>) f.validBody(op, api));
    }

    private Map<String, JsonNode> properties(Operation op) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        api.schema(op.bodySchema()).path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
        return properties;
    }

    /** A property's schema: what its $ref names, with what the property itself declares beside the $ref on top. */
    private JsonNode effective(JsonNode declared) {
        ObjectNode merged = api.resolved(declared).deepCopy();
        declared.properties().forEach(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    private List<String> required(Operation op) {
        List<String> names = new ArrayList<>();
        api.schema(op.bodySchema()).path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    private static boolean hasIfMatch(Operation op) {
        return op.parameters().stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase("If-Match"));
    }

    /** A placeholder that {@link #json} swaps for the raw JSON text, so that a body can hold 1e400 or broken values. */
    private Object rawValue(String raw) {
        return new Raw(raw, "\u0001raw" + (this.raw++) + "\u0001");
    }

    private record Raw(String text, String placeholder) {
    }

    private static String json(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>();
        List<Raw> raws = new ArrayList<>();
        body.forEach((k, v) -> {
            if (v instanceof Raw r) {
                raws.add(r);
                copy.put(k, r.placeholder());
            } else {
                copy.put(k, v);
            }
        });
        try {
            String text = JSON.writeValueAsString(copy);
            for (Raw r : raws) {
                text = text.replace(JSON.writeValueAsString(r.placeholder()), r.text());
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal; lone surrogates escaped, everything else as UTF-8 text. */
    private static String quote(String value) {
        try {
            boolean loneSurrogate = value.codePoints().anyMatch(cp -> cp <= 0xFFFF && Character.isSurrogate((char) cp));
            return (loneSurrogate ? ESCAPING : JSON).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8).replace("+", "%20");
    }
}
