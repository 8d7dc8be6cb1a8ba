package org.totalplace.counting;

import org.totalplace.events.CloudEvent;
import org.totalplace.events.EventJson;
import org.totalplace.events.EventType;
import org.totalplace.events.OrganisationSnapshot;
import org.totalplace.events.PlaceSnapshot;
import org.totalplace.testsupport.DatabaseTestResource;
import org.totalplace.testsupport.EventFeed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Feeds the service the way pilots-service would: CloudEvents on pilots.events, through the real broker. */
public final class Fixtures {

    public static final String LEICESTER = "leicester-leicestershire";
    public static final String KENT = "kent";

    private Fixtures() {
    }

    public static void publish(EventType type, String key, Record payload) {
        publish(key, EventJson.envelope("/pilots-service", type, key, payload));
    }

    /** Sends {@code event} to pilots.events; one that breaks its published schema fails the test unsent. */
    public static void publish(String key, CloudEvent event) {
        EventFeed.send("pilots.events", key, event);
    }

    /** Leicester & Leicestershire and Kent with a few of their bodies, as pilots-service announces them. */
    public static synchronized void seedPlacesAndOrganisations() {
        if (count("SELECT COUNT(*) FROM organisation WHERE id = 'kent-police'") > 0) {
            return;
        }
        publish(EventType.PLACE_REGISTERED, LEICESTER, new PlaceSnapshot(LEICESTER, "Leicester & Leicestershire",
                "PILOT", "East Midlands", "drugs and alcohol", List.of(), "ACTIVE", 940_000L, 2008,
                List.of("E06000016", "E10000018")));
        publish(EventType.PLACE_REGISTERED, KENT, new PlaceSnapshot(KENT, "Kent", "PILOT", "South East",
                "worklessness", List.of(), "ACTIVE", 1_400_000L, 2008, List.of("E10000016")));
        organisation(LEICESTER, "leicester-city-council", "Leicester City Council", "UNITARY_COUNCIL", "E06000016",
                "00FN", null, "GB-LAE-LCE");
        organisation(LEICESTER, "leicestershire-county-council", "Leicestershire County Council", "COUNTY_COUNCIL",
                "E10000018", "31", null, "GB-LAE-LEC");
        organisation(LEICESTER, "leicestershire-police", "Leicestershire Police Authority", "POLICE_AUTHORITY",
                null, null, null, null);
        organisation(LEICESTER, "leicester-city-pct", "Leicester City PCT", "PRIMARY_CARE_TRUST", null, null, "5PC",
                null);
        organisation(KENT, "kent-police", "Kent Police Authority", "POLICE_AUTHORITY", null, null, null, null);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count("SELECT COUNT(*) FROM organisation WHERE id = 'kent-police'") == 1
                        && count("SELECT COUNT(*) FROM place") >= 2);
    }

    public static void organisation(String place, String id, String name, String type, String gss, String snac,
                                    String ods, String orgId) {
        publish(EventType.ORGANISATION_UPSERTED, place, new OrganisationSnapshot(id, name, type, gss, snac, ods, orgId));
    }

    /** A count row of its own series (straight into the table, whatever else the tests created). */
    public static String insertCount(String place, String year, String status) {
        String id = UUID.randomUUID().toString();
        try (Connection c = DatabaseTestResource.connect(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO expenditure_count (id, place_id, financial_year, kind, theme_key, version_no, status,
                  created_by, created_at) VALUES (?, ?, ?, 'HIGH_LEVEL', ?, 1, ?, 'seed', NOW())""")) {
            ps.setString(1, id);
            ps.setString(2, place);
            ps.setString(3, year);
            ps.setString(4, id);
            ps.setString(5, status);
            ps.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    public static long count(String sql, Object... args) {
        try (Connection c = DatabaseTestResource.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String string(String sql, Object... args) {
        try (Connection c = DatabaseTestResource.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
