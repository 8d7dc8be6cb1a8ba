package org.totalplace.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Writes and reads events exactly as they travel, so producers and consumers agree on the bytes. */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EventJson() {
    }

    /** A new envelope with a fresh id around {@code payload}; {@code source} names the producing service. */
    public static CloudEvent envelope(String source, EventType type, String subject, Record payload) {
        if (!type.payload().isInstance(payload)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.payload().getSimpleName()
                    + ", not " + payload.getClass().getSimpleName());
        }
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type.type(), subject,
                OffsetDateTime.now(ZoneOffset.UTC), "application/json", MAPPER.valueToTree(payload));
    }

    public static String write(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id(), e);
        }
    }

    public static CloudEvent read(String json) {
        try {
            return MAPPER.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CloudEvent: " + e.getOriginalMessage(), e);
        }
    }

    /** The payload of {@code event} as the record its type carries. */
    public static <T extends Record> T data(CloudEvent event, Class<T> payload) {
        EventType type = EventType.of(event.type())
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + event.type()));
        if (!payload.equals(type.payload())) {
            throw new IllegalArgumentException(event.type() + " carries " + type.payload().getSimpleName());
        }
        try {
            return MAPPER.treeToValue(event.data(), payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad " + event.type() + " payload: " + e.getOriginalMessage(), e);
        }
    }
}
