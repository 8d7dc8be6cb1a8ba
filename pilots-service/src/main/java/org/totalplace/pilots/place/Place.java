package org.totalplace.pilots.place;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Place extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    public String kind;
    @Version
    public long version;
}
