package org.totalplace.pilots.place;

/** One of the 13 pilots named in the 2009 Budget, or a place doing Total Place-like work alongside them. */
public enum PlaceKind {
    PILOT, PARALLEL_PLACE
}
