package org.totalplace.commons.security;

import java.util.Optional;

/** Knows which place a kind of resource belongs to, for {@link PlaceWrite} endpoints that name it by id. */
public interface PlaceOwner {

    /** The place of the resource with this id; empty when there is no such resource. */
    Optional<String> placeOf(String id);

    /** The parameter is the place id itself. */
    final class Itself implements PlaceOwner {
        @Override
        public Optional<String> placeOf(String id) {
            return Optional.ofNullable(id);
        }
    }
}
