package org.totalplace.pilots.partnership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;

/** An organisation's membership of a place. */
@Entity
public class Partnership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String placeId;
    public String organisationId;
    @Enumerated(EnumType.STRING)
    public PartnershipRole role;
    public LocalDate since;
}
