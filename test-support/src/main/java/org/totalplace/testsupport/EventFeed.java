package org.totalplace.testsupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.totalplace.events.CloudEvent;
import org.totalplace.events.EventJson;

import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Feeds a consumer under test the way the producing service would: a CloudEvent on the test broker, keyed by place.
 * Every event is checked against its published schema first, so a consumer test can only pass on events a real
 * producer is allowed to send (and an event-contracts change that a consumer's tests rely on breaks them).
 */
public final class EventFeed {

    private EventFeed() {
    }

    /** Validates {@code event} against its schemas, sends it to {@code topic} and waits for the acknowledgement. */
    public static void send(String topic, String key, CloudEvent event) {
        EventSchemas.requireValid(event);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, EventJson.write(event))).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send " + event.type() + " to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted sending " + event.type(), e);
        }
    }
}
