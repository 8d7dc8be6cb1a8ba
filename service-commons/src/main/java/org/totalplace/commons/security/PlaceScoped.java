package org.totalplace.commons.security;

/** A request body that names the place the new resource will belong to. */
public interface PlaceScoped {
    String placeId();
}
