package org.totalplace.pilots.partnership;

/** A lead organisation runs the place's programme (jointly, where there are several); partners take part. */
public enum PartnershipRole {
    LEAD, PARTNER
}
