package org.totalplace.counting.count;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
@Table(name = "expenditure_count")
public class ExpenditureCount extends PanacheEntityBase {
    @Id
    public String id;
    public String placeId;
    public String financialYear;
    @Enumerated(EnumType.STRING)
    public CountKind kind;
    public String theme;
    public String themeKey;
    public int versionNo;
    @Enumerated(EnumType.STRING)
    public CountStatus status;
    public String supersedesId;
    public String supersededById;
    public String createdBy;
    public Instant createdAt;
    public String submittedBy;
    public Instant submittedAt;
    public String finalisedBy;
    public Instant finalisedAt;
    @Version
    public long lockVersion;
}
