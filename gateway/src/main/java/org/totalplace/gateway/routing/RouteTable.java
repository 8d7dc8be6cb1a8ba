package org.totalplace.gateway.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which service owns a path: the first segment after {@code /api/v1/} decides (see the API map in DESIGN.md). */
public final class RouteTable {

    public static final String PREFIX = "/api/v1/";

    private final Map<String, String> serviceBySegment = new HashMap<>();

    public RouteTable(Map<String, List<String>> segmentsByService) {
        segmentsByService.forEach((service, segments) -> segments.forEach(segment -> {
            String previous = serviceBySegment.put(segment, service);
            if (previous != null && !previous.equals(service)) {
                throw new IllegalArgumentException(
                        "/api/v1/" + segment + " is claimed by both " + previous + " and " + service);
            }
        }));
    }

    /** The owning service of a normalised request path such as {@code /api/v1/places/kent/contacts}, if any. */
    public Optional<String> serviceFor(String path) {
        if (path == null || !path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int slash = path.indexOf('/', PREFIX.length());
        String segment = path.substring(PREFIX.length(), slash < 0 ? path.length() : slash);
        return Optional.ofNullable(serviceBySegment.get(segment));
    }
}
