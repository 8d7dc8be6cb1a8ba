package org.totalplace.governance.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;

/** A board, programme board, working group or project team of one place (Popolo: Organization). */
@Entity
@Table(name = "gov_group")
public class GovernanceGroup extends PanacheEntityBase {
    @Id
    public String id;
    public String placeId;
    public String name;
    @Enumerated(EnumType.STRING)
    public GroupKind kind;
    public String purpose;
    /** The group this one reports to, of the same place; null at the top of the tree. */
    public String reportsToId;
    @ElementCollection
    @CollectionTable(name = "group_organisation", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    @Column(name = "organisation")
    public List<String> memberOrganisations = new ArrayList<>();
    @Version
    public long version;
}
