package org.totalplace.governance.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting or event of a place, optionally of one of its groups. The time is local to {@code timeZone};
 * sources often give only the day, so the times are optional.
 */
@Entity
public class Meeting extends PanacheEntityBase {
    @Id
    public String id;
    public String placeId;
    public String groupId;
    public String title;
    @Enumerated(EnumType.STRING)
    public MeetingStatus status;
    public LocalDate meetingDate;
    public LocalTime startTime;
    public LocalTime endTime;
    public String timeZone;
    public String location;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("number ASC")
    public List<AgendaItem> agenda = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    public List<Attendee> attendees = new ArrayList<>();
    @Version
    public long version;
}
