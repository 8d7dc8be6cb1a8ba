package org.totalplace.commons.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that writes data of one place. {@link PlaceWriteCheck} authorises it from the path before the
 * body is read or validated, so a caller who may not write gets 401/403 whatever they send, and a refusal never
 * tells whether an id exists in another place.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PlaceWrite {

    /** The officer role that may do this for the places in its {@code places} claim (programme admins always may). */
    String role();

    /**
     * The path parameter naming the place, or the resource written to. Empty when the place is named in the body:
     * then only the role is checked here and the place by {@link PlaceAccess#requireWriteThenValidate}.
     */
    String param() default "";

    /** Which place the resource named by {@link #param()} belongs to; by default the parameter is the place id. */
    Class<? extends PlaceOwner> owner() default PlaceOwner.Itself.class;
}
