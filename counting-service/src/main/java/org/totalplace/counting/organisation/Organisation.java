package org.totalplace.counting.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.totalplace.events.OrganisationSnapshot;

import java.time.Instant;

/** An organisation as pilots-service last described it, with the identifiers imports match on. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    public String normalisedName;
    public String type;
    public String gssCode;
    public String snacCode;
    public String odsCode;
    public String orgId;
    public Instant updatedAt;

    public void apply(OrganisationSnapshot s) {
        id = s.id();
        name = s.name() == null ? s.id() : s.name();
        normalisedName = OrganisationDirectory.normalise(name);
        type = s.type();
        gssCode = s.gssCode();
        snacCode = s.snacCode();
        odsCode = s.odsCode();
        orgId = s.orgId();
        updatedAt = Instant.now();
    }
}
