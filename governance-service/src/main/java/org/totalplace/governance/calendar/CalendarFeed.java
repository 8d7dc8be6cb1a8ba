package org.totalplace.governance.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.totalplace.governance.meeting.Meeting;
import org.totalplace.governance.meeting.MeetingStatus;
import org.totalplace.governance.milestone.Milestone;
import org.totalplace.governance.milestone.MilestoneStatus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A place's meetings and milestones as an RFC 5545 calendar. UIDs come from our ids and SEQUENCE from the
 * record's version, so a subscribed client updates an event rather than adding a copy of it.
 */
@ApplicationScoped
public class CalendarFeed {

    static final String UID_DOMAIN = "@governance.totalplace";

    // time-zone definitions bundled with ical4j (network updates are off in ical4j.properties)
    private final TimeZoneRegistry timeZones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public String render(String placeName, List<Meeting> meetings, List<Milestone> milestones) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Total Place//governance-service//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Total Place: " + placeName));
        Set<String> zones = new LinkedHashSet<>();
        for (Meeting m : meetings) {
            calendar.add(meeting(m));
            if (m.startTime != null) {
                zones.add(m.timeZone);
            }
        }
        for (Milestone m : milestones) {
            calendar.add(milestone(m));
        }
        for (String zone : zones) {
            calendar.add(timeZones.getTimeZone(zone).getVTimeZone());
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent meeting(Meeting m) {
        String summary = m.title;
        VEvent event;
        if (m.startTime == null) {
            event = new VEvent(m.meetingDate, summary);
        } else {
            ZoneId zone = ZoneId.of(m.timeZone);
            ZonedDateTime start = m.meetingDate.atTime(m.startTime).atZone(zone);
            event = m.endTime == null ? new VEvent(start, summary)
                    : new VEvent(start, m.meetingDate.atTime(m.endTime).atZone(zone), summary);
        }
        event.add(new Uid("meeting-" + m.id + UID_DOMAIN));
        event.add(new Sequence((int) m.version));
        event.add(switch (m.status) {
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            case CONFIRMED, HELD -> ImmutableStatus.VEVENT_CONFIRMED;
        });
        event.add(new Categories("MEETING"));
        if (m.location != null) {
            event.add(new Location(m.location));
        }
        if (m.status == MeetingStatus.HELD) {
            event.add(new Description("Held"));
        }
        return event;
    }

    private VEvent milestone(Milestone m) {
        LocalDate day = m.status == MilestoneStatus.MET && m.actualDate != null ? m.actualDate : m.forecastDate;
        VEvent event = new VEvent(day, "Deadline: " + m.title + " (to " + m.recipient + ")");
        event.add(new Uid("milestone-" + m.id + UID_DOMAIN));
        event.add(new Sequence((int) m.version));
        event.add(m.status == MilestoneStatus.WAIVED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(ImmutableTransp.TRANSPARENT);
        event.add(new Categories("MILESTONE," + m.kind.name()));
        event.add(new Description("Status " + m.status + "; baseline " + m.baselineDate + ", forecast " + m.forecastDate
                + (m.actualDate == null ? "" : ", actual " + m.actualDate)
                + (m.evidence == null ? "" : "; evidence: " + m.evidence)));
        return event;
    }
}
