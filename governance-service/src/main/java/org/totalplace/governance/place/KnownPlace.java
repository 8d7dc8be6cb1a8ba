package org.totalplace.governance.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** A place as pilots-service last announced it; governance data hangs off these ids. */
@Entity
public class KnownPlace extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    public String kind;
    public String status;
    public Instant updatedAt;
}
