package org.totalplace.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.totalplace.events.CloudEvent;
import org.totalplace.events.EventJson;
import org.totalplace.events.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks events against the JSON schemas published in event-contracts, so producer and consumer tests prove
 * the bytes on the wire match the documented contract.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Every way {@code event} breaks its envelope or payload schema; empty when it is valid. */
    public static List<String> violations(CloudEvent event) {
        List<String> problems = new ArrayList<>();
        JsonNode envelope = asTravelled(event);
        schema(EventType.ENVELOPE_SCHEMA).validate(envelope).stream()
                .map(ValidationMessage::getMessage).forEach(problems::add);
        EventType.of(event.type()).ifPresentOrElse(
                type -> schema(type.schemaResource()).validate(event.data()).stream()
                        .map(m -> "data: " + m.getMessage()).forEach(problems::add),
                () -> problems.add("unknown event type " + event.type()));
        return problems;
    }

    /** Throws an AssertionError listing the violations when {@code event} does not match its schemas. */
    public static void requireValid(CloudEvent event) {
        List<String> problems = violations(event);
        if (!problems.isEmpty()) {
            throw new AssertionError("event " + event.type() + " " + event.id() + " breaks its schema: " + problems);
        }
    }

    // the envelope as it travels (dates as ISO strings), not as Java objects
    private static JsonNode asTravelled(CloudEvent event) {
        try {
            return JSON.readTree(EventJson.write(event));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonSchema schema(String resource) {
        return SCHEMAS.computeIfAbsent(resource, r -> {
            try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("no schema at " + r);
                }
                return FACTORY.getSchema(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read schema " + r, e);
            }
        });
    }
}
