package org.totalplace.pilots.place;

/** Where a place is in the programme: planning, working, final report delivered, or closed. */
public enum PlaceStatus {
    PLANNED, ACTIVE, REPORTED, CLOSED
}
