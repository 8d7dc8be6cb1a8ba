package org.totalplace.system.fault;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.totalplace.system.Stack;

/**
 * The events between the services under faults of the running stack: the broker away for half a minute while counts
 * are submitted and finalised, and a consumer made to process everything again as if it had crashed after
 * processing but before committing its offsets. Tagged "fault": ./stack system-test runs these last, after the
 * browser suite, because they stop parts of the stack (and start them again) and leave 500 places behind.
 */
@Tag("fault")
@Order(91)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsUnderFaultsTest {

    static final int PLACES = Integer.parseInt(Stack.env("FAULT_PLACES", "500"));
    static final Duration OUTAGE = Duration.ofSeconds(Long.parseLong(Stack.env("FAULT_OUTAGE_SECONDS", "30")));
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final String GOVERNANCE_GROUP = "governance-service";
    static final List<String> GOVERNANCE_TOPICS = List.of("pilots.events", "counting.events");

    static final Map<String, String> countOfPlace = new ConcurrentHashMap<>();

    @Test
    @Order(1)
    void countsFinalisedWhileTheBrokerIsDownMeetTheirMilestonesExactlyOnceWhenItReturns() throws Exception {
        String admin = Stack.bearer(Stack.userToken("admin"));
        inParallel(PLACES, i -> given().header("Authorization", admin).contentType("application/json")
                .body("{\"id\":\"%s\",\"name\":\"Fault place %s %d\",\"kind\":\"PILOT\"}".formatted(place(i), RUN, i))
                .when().post(Stack.PILOTS + "/api/v1/places"), 201, "register place");
        await("governance to give every new place its milestones").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> governanceCount("SELECT COUNT(*) FROM milestone WHERE kind = 'FINAL_COUNT' AND place_id LIKE ?")
                        == PLACES);
        await("counting to know every new place").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> countingCount("SELECT COUNT(*) FROM place WHERE id LIKE ?") == PLACES);
        inParallel(PLACES, i -> {
            Response created = given().header("Authorization", admin).contentType("application/json")
                    .body("{\"placeId\":\"%s\",\"financialYear\":\"2008-09\",\"kind\":\"HIGH_LEVEL\"}".formatted(place(i)))
                    .when().post(Stack.COUNTING + "/api/v1/counts");
            if (created.statusCode() == 201) {
                countOfPlace.put(place(i), created.path("id"));
            }
            return created;
        }, 201, "create count");

        StackParts.stop("kafka");
        long down = System.nanoTime();
        long slowest = Math.max(
                inParallel(PLACES, i -> given().header("Authorization", admin)
                        .when().post(Stack.COUNTING + "/api/v1/counts/" + countOfPlace.get(place(i)) + "/submit"),
                        200, "submit"),
                inParallel(PLACES, i -> given().header("Authorization", admin)
                        .when().post(Stack.COUNTING + "/api/v1/counts/" + countOfPlace.get(place(i)) + "/finalise"),
                        200, "finalise"));
        long requestsTook = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - down);
        // writes record their events in the outbox and return: the broker being away must not hold them up
        assertTrue(slowest < 5_000, "a write waited " + slowest + " ms for the absent broker");
        int events = 2 * PLACES;
        // the rest of the outage: every event stays recorded, none is published while the broker is away
        Duration left = OUTAGE.minusNanos(System.nanoTime() - down);
        if (!left.isNegative()) {
            await("events to wait in the outbox").pollDelay(Duration.ZERO).during(left).atMost(left.plusSeconds(10))
                    .until(() -> countingCount("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL "
                            + "AND event_key LIKE ?") == events);
        }
        long outage = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - down);
        StackParts.start("kafka");

        await("every outbox row published").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> countingCount("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL AND event_key LIKE ?")
                        == 0);
        await("every milestone met").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> governanceCount("SELECT COUNT(*) FROM milestone WHERE status = 'MET' "
                        + "AND kind IN ('INTERIM_COUNT', 'FINAL_COUNT') AND place_id LIKE ?") == 2L * PLACES);

        assertEquals(events, countingCount("SELECT COUNT(*) FROM outbox_event WHERE event_key LIKE ?"),
                "one outbox row per submission and per finalisation");
        // each milestone met once, by its place's count, and announced once
        try (var governance = Stack.database("governance");
             var met = governance.prepareStatement("SELECT place_id, evidence FROM milestone WHERE kind = 'FINAL_COUNT' "
                     + "AND place_id LIKE ?")) {
            met.setString(1, pattern());
            var rows = met.executeQuery();
            while (rows.next()) {
                assertEquals("count:" + countOfPlace.get(rows.getString(1)), rows.getString(2));
            }
        }
        long announced = governanceCount("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'milestone.met' "
                + "AND event_key LIKE ?");
        assertEquals(2L * PLACES, announced, "each milestone must be met (and announced) exactly once");
        Map<String, Integer> onTopic = countEventsOnTopic("counting.events");
        assertEquals(events, onTopic.size(), "every event must reach the broker: lost " + (events - onTopic.size()));
        int copies = onTopic.values().stream().mapToInt(n -> n - 1).sum();
        System.out.printf("fault: Kafka stopped for %d s while %d counts were submitted and finalised (%d requests, "
                        + "0 failed, all in %d ms, slowest %d ms); after it returned: events sent %d, received %d, redelivered copies %d "
                        + "(absorbed by the inbox), milestones met %d, each exactly once (duplicates = 0), lost = 0%n",
                outage, PLACES, 2 * PLACES, requestsTook, slowest, events, onTopic.size(), copies, 2 * PLACES);
    }

    @Test
    @Order(2)
    void eventsRedeliveredToAConsumerThatCrashedBeforeCommittingChangeNothing() throws Exception {
        StackParts.stop("governance");
        Map<String, Long> before = governanceRows();
        long redelivered;
        try (Admin admin = Admin.create(kafka())) {
            Map<TopicPartition, OffsetAndMetadata> fromTheStart = new HashMap<>();
            var partitions = admin.describeTopics(GOVERNANCE_TOPICS).allTopicNames().get().values().stream()
                    .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                    .toList();
            partitions.forEach(tp -> fromTheStart.put(tp, new OffsetAndMetadata(0)));
            long committed = admin.listConsumerGroupOffsets(GOVERNANCE_GROUP).partitionsToOffsetAndMetadata().get()
                    .values().stream().mapToLong(OffsetAndMetadata::offset).sum();
            redelivered = committed;
            // as if it had crashed having processed everything but committed nothing
            await("the stopped consumer group to accept new offsets").atMost(Duration.ofSeconds(60))
                    .ignoreExceptions().until(() -> {
                        admin.alterConsumerGroupOffsets(GOVERNANCE_GROUP, fromTheStart).all().get();
                        return true;
                    });
            StackParts.start("governance");
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            await("governance to consume everything again").atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        var offsets = admin.listConsumerGroupOffsets(GOVERNANCE_GROUP).partitionsToOffsetAndMetadata()
                                .get();
                        return partitions.stream().allMatch(tp -> offsets.get(tp) != null
                                && offsets.get(tp).offset() >= ends.get(tp).offset());
                    });
        }
        Map<String, Long> after = governanceRows();
        assertEquals(before, after, "redelivered events must change nothing");
        assertTrue(redelivered >= 2L * PLACES, "the redelivery must include this run's events: " + redelivered);
        System.out.printf("fault: governance made to consume %d events again from offset 0 (crash before commit): "
                + "rows before %s, after %s: duplicates = 0%n", redelivered, before, after);
    }

    private static Map<String, Long> governanceRows() throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (var governance = Stack.database("governance"); var statement = governance.createStatement()) {
            for (String query : List.of(
                    "milestone:SELECT COUNT(*) FROM milestone",
                    "met:SELECT COUNT(*) FROM milestone WHERE status = 'MET'",
                    "known_place:SELECT COUNT(*) FROM known_place",
                    "processed_event:SELECT COUNT(*) FROM processed_event",
                    "outbox_event:SELECT COUNT(*) FROM outbox_event")) {
                String[] nameAndSql = query.split(":", 2);
                var result = statement.executeQuery(nameAndSql[1]);
                result.next();
                rows.put(nameAndSql[0], result.getLong(1));
            }
        }
        return rows;
    }

    /** How many times each of this run's count events is on the topic, by event id. */
    private static Map<String, Integer> countEventsOnTopic(String topic) {
        Properties props = kafka();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Integer> seen = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.key() != null && record.key().startsWith("fault-" + RUN + "-")) {
                        seen.merge(eventId(record.value()), 1, Integer::sum);
                    }
                }
            }
        }
        return seen;
    }

    private static String eventId(String cloudEvent) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(cloudEvent).path("id").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties kafka() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA);
        return props;
    }

    /** Sends {@code n} requests on 8 threads; every one must answer {@code expected}. Returns the slowest, in ms. */
    private static long inParallel(int n, IntFunction<Response> request, int expected, String what) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(pool.submit(() -> request.apply(index)));
            }
            Map<Integer, Integer> statuses = new HashMap<>();
            long slowest = 0;
            for (Future<Response> answer : answers) {
                statuses.merge(answer.get().statusCode(), 1, Integer::sum);
                slowest = Math.max(slowest, answer.get().time());
            }
            assertEquals(Map.of(expected, n), statuses, what + ": every request must answer " + expected);
            return slowest;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String place(int i) {
        return "fault-%s-%03d".formatted(RUN, i);
    }

    private static String pattern() {
        return "fault-" + RUN + "-%";
    }

    private static long governanceCount(String sql) throws SQLException {
        return count("governance", sql);
    }

    private static long countingCount(String sql) throws SQLException {
        return count("counting", sql);
    }

    private static long count(String database, String sql) throws SQLException {
        try (var connection = Stack.database(database); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, pattern());
            var result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }
}
