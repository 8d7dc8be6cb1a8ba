package org.totalplace.pilots.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.totalplace.commons.problem.ProblemException;

@Entity
public class Organisation extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String normalisedName;
    @Enumerated(EnumType.STRING)
    public OrganisationType type;
    public String gssCode;
    public String snacCode;
    public String odsCode;
    public String orgId;
    public String website;
    @Version
    public long version;

    public static Organisation require(String id) {
        return Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("organisation", id));
    }
}
