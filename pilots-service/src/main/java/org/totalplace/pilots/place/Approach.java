package org.totalplace.pilots.place;

/** Narrow and deep (one outcome examined in detail) or wide and shallow (many initiatives assessed together). */
public enum Approach {
    NARROW_DEEP, WIDE_SHALLOW
}
