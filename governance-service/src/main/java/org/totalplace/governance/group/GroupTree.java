package org.totalplace.governance.group;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reports-to tree of groups. A group may report only to an existing group of its own place, and never to
 * itself or to one of its own descendants (that would make a cycle).
 */
public final class GroupTree {

    /** Where a group sits: its place and the group it reports to (null at the top). */
    public record Node(String placeId, String reportsToId) {
    }

    private final Map<String, Node> nodes;

    public GroupTree(Map<String, Node> nodes) {
        this.nodes = nodes;
    }

    /** Why {@code groupId} of {@code placeId} cannot report to {@code parentId}; empty when it can. */
    public Optional<String> whyNotReportTo(String groupId, String placeId, String parentId) {
        if (parentId == null) {
            return Optional.empty();
        }
        Node parent = nodes.get(parentId);
        if (parent == null) {
            return Optional.of("no group '" + parentId + "' exists");
        }
        if (!parent.placeId().equals(placeId)) {
            return Optional.of("group '" + parentId + "' belongs to another place");
        }
        if (parentId.equals(groupId)) {
            return Optional.of("a group cannot report to itself");
        }
        Set<String> seen = new HashSet<>();
        for (String up = parentId; up != null && seen.add(up); up = nodes.containsKey(up) ? nodes.get(up).reportsToId() : null) {
            if (up.equals(groupId)) {
                return Optional.of("group '" + parentId + "' reports (directly or not) to this group; that would make a cycle");
            }
        }
        return Optional.empty();
    }
}
