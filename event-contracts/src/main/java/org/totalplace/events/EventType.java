package org.totalplace.events;

import java.util.Arrays;
import java.util.Optional;

/** Every event type, the topic it travels on and the payload record it carries. */
public enum EventType {
    PLACE_REGISTERED("place.registered", Topics.PILOTS, PlaceSnapshot.class),
    PLACE_UPDATED("place.updated", Topics.PILOTS, PlaceSnapshot.class),
    ORGANISATION_UPSERTED("organisation.upserted", Topics.PILOTS, OrganisationSnapshot.class),
    PARTNERSHIP_CHANGED("partnership.changed", Topics.PILOTS, PartnershipChanged.class),
    COUNT_SUBMITTED("count.submitted", Topics.COUNTING, CountStatusChanged.class),
    COUNT_FINALISED("count.finalised", Topics.COUNTING, CountStatusChanged.class),
    COUNT_SUPERSEDED("count.superseded", Topics.COUNTING, CountStatusChanged.class),
    MILESTONE_MET("milestone.met", Topics.GOVERNANCE, MilestoneChanged.class),
    MILESTONE_OVERDUE("milestone.overdue", Topics.GOVERNANCE, MilestoneChanged.class);

    private final String type;
    private final String topic;
    private final Class<? extends Record> payload;

    EventType(String type, String topic, Class<? extends Record> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code place.registered}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> payload() {
        return payload;
    }

    /** Class-path location of the JSON schema of this type's payload, e.g. {@code schemas/place-snapshot.schema.json}. */
    public String schemaResource() {
        String kebab = payload.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        return "schemas/" + kebab + ".schema.json";
    }

    /** Class-path location of the envelope's JSON schema. */
    public static final String ENVELOPE_SCHEMA = "schemas/cloudevent.schema.json";

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
