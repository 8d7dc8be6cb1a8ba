package org.totalplace.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.totalplace.events.CloudEvent;
import org.totalplace.events.EventJson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads a topic of the real broker from its beginning, as an independent consumer would,
 * so a test can assert exactly which events were published.
 */
public final class EventProbe implements AutoCloseable {

    /** A record as it arrived: its Kafka key and the envelope. */
    public record Received(String key, CloudEvent event) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();

    public EventProbe(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code enough} holds for the matching events or {@code timeout} passes; returns the matches. */
    public List<Received> await(Predicate<Received> matching, Predicate<List<Received>> enough, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Received> matches = matches(matching);
        while (!enough.test(matches) && Instant.now().isBefore(deadline)) {
            poll(Duration.ofMillis(200));
            matches = matches(matching);
        }
        return matches;
    }

    /** Keeps reading for {@code quietPeriod} to catch late duplicates, then returns all matches. */
    public List<Received> drain(Predicate<Received> matching, Duration quietPeriod) {
        Instant until = Instant.now().plus(quietPeriod);
        while (Instant.now().isBefore(until)) {
            poll(Duration.ofMillis(200));
        }
        return matches(matching);
    }

    private void poll(Duration timeout) {
        for (ConsumerRecord<String, String> r : consumer.poll(timeout)) {
            CloudEvent event = EventJson.read(r.value());
            // every event a test sees must match its published schema
            EventSchemas.requireValid(event);
            received.add(new Received(r.key(), event));
        }
    }

    private List<Received> matches(Predicate<Received> matching) {
        return received.stream().filter(matching).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
