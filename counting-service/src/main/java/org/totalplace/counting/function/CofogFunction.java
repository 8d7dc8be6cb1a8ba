package org.totalplace.counting.function;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A COFOG division (01..10) or group (01.1..10.9); reference data shipped by Flyway. */
@Entity
@Table(name = "cofog_function")
public class CofogFunction extends PanacheEntityBase {
    @Id
    public String code;
    public String division;
    public String level;
    public String name;
}
