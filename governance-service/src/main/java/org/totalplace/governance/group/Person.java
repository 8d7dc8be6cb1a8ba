package org.totalplace.governance.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person (Popolo: Person). Personal data: never shown to anonymous callers. */
@Entity
public class Person extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    public String organisation;
    public String jobTitle;
    @Version
    public long version;
}
