package org.totalplace.governance.milestone;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One move of a milestone's forecast date, kept so slippage can be explained. */
@Entity
@Table(name = "milestone_forecast_change")
public class ForecastChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public LocalDate previousDate;
    public LocalDate newDate;
    public String reason;
    public String changedBy;
    public Instant changedAt;
}
