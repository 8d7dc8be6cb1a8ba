package org.totalplace.governance.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A role held in a group (Popolo: Membership). Held by a named person, or only by a post such as
 * "Chief Executive, Leicester City Council" when the source names the office and not its holder.
 * Dates are partial ISO dates: YYYY, YYYY-MM or YYYY-MM-DD.
 */
@Entity
public class Membership extends PanacheEntityBase {
    @Id
    public String id;
    public String groupId;
    public String personId;
    public String post;
    @Enumerated(EnumType.STRING)
    public MembershipRole role;
    public String startDate;
    public String endDate;
    @Version
    public long version;
}
