package org.totalplace.governance.milestone;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A deadline to report something to a body. */
@Entity
public class Milestone extends PanacheEntityBase {
    @Id
    public String id;
    public String placeId;
    /** The template entry it came from, so a place gets each standard milestone once. */
    public String templateKey;
    public String title;
    @Enumerated(EnumType.STRING)
    public MilestoneKind kind;
    public String recipient;
    public LocalDate baselineDate;
    public LocalDate forecastDate;
    public LocalDate actualDate;
    @Enumerated(EnumType.STRING)
    public MilestoneStatus status;
    public String statusChangedBy;
    public Instant statusChangedAt;
    public String evidence;
    public String notes;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "milestone_id", nullable = false)
    @OrderBy("changedAt ASC, id ASC")
    public List<ForecastChange> forecastHistory = new ArrayList<>();
    @Version
    public long version;
}
