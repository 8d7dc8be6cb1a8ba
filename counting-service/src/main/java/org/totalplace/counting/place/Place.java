package org.totalplace.counting.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.totalplace.events.PlaceSnapshot;

import java.time.Instant;

/** A place as pilots-service last described it; counting never calls pilots-service. */
@Entity
@Table(name = "place")
public class Place extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    public String kind;
    public String region;
    public String theme;
    public String status;
    public Long population;
    public Integer populationYear;
    public Instant updatedAt;

    public void apply(PlaceSnapshot s) {
        id = s.id();
        name = s.name() == null ? s.id() : s.name();
        kind = s.kind();
        region = s.region();
        theme = s.theme();
        status = s.status();
        population = s.population();
        populationYear = s.populationYear();
        updatedAt = Instant.now();
    }
}
