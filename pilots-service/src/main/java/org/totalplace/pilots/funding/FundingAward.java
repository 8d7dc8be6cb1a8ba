package org.totalplace.pilots.funding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.math.BigDecimal;

/** Programme money given to a place, e.g. Improvement East's 2009-10 awards to the parallel places. */
@Entity
public class FundingAward extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String placeId;
    public String funder;
    public BigDecimal amount;
    public String financialYear;
    public String purpose;
}
