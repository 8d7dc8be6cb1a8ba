package org.totalplace.events;

import java.util.List;

/**
 * The public state of a place, carried whole by {@code place.registered} and {@code place.updated}
 * so consumers can keep a read-model without calling pilots-service.
 *
 * @param kind       PILOT or PARALLEL_PLACE
 * @param population latest population figure used for per-head amounts, or null when unknown
 * @param gssCodes   ONS GSS codes of the local authority areas the place covers
 */
public record PlaceSnapshot(
        String id,
        String name,
        String kind,
        String region,
        String theme,
        List<String> subThemes,
        String status,
        Long population,
        Integer populationYear,
        List<String> gssCodes) {
}
