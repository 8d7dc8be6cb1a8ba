package org.totalplace.governance.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** An entry of a place's RAID log: a risk, assumption, issue or dependency. */
@Entity
public class RaidItem extends PanacheEntityBase {
    @Id
    public String id;
    public String placeId;
    @Enumerated(EnumType.STRING)
    public RaidType type;
    public String title;
    public String description;
    public int likelihood;
    public int impact;
    /** likelihood x impact, stored so the log can be sorted by it in the database */
    public int score;
    public String owner;
    @Enumerated(EnumType.STRING)
    public RaidResponse response;
    public String actions;
    @Enumerated(EnumType.STRING)
    public RaidStatus status;
    public LocalDate raisedOn;
    public LocalDate reviewDate;
    @Version
    public long version;
}
