package org.totalplace.governance.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;

/** A decision taken at an agenda item. */
@Entity
public class Decision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String decisionMaker;
    public String text;
    public boolean keyDecision;
    public LocalDate decidedOn;
    public LocalDate effectiveFrom;
}
