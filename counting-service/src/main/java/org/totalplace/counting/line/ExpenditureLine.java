package org.totalplace.counting.line;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "expenditure_line")
public class ExpenditureLine extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String countId;
    public String organisationId;
    public String fundingSource;
    public String functionCode;
    public String clientGroup;
    public String capitalRevenue;
    public BigDecimal amount;
    public String note;
    public String sourceRowRef;
    public LocalDate paymentDate;
    public String importId;
    @Version
    public long lockVersion;

    public SummaryKey key() {
        return new SummaryKey(organisationId, fundingSource, functionCode, clientGroup, capitalRevenue);
    }
}
