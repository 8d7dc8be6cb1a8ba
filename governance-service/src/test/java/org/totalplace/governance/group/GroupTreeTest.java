package org.totalplace.governance.group;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupTreeTest {

    // psb <- epb <- team, and a group of another place
    final GroupTree tree = new GroupTree(Map.of(
            "psb", new GroupTree.Node("leicester", null),
            "epb", new GroupTree.Node("leicester", "psb"),
            "team", new GroupTree.Node("leicester", "epb"),
            "kent-board", new GroupTree.Node("kent", null)));

    @Test
    void aGroupMayReportToAnotherGroupOfItsPlace() {
        assertEquals(Optional.empty(), tree.whyNotReportTo("team", "leicester", "psb"));
        assertEquals(Optional.empty(), tree.whyNotReportTo("new", "leicester", "team"));
        assertEquals(Optional.empty(), tree.whyNotReportTo("psb", "leicester", null));
    }

    @Test
    void notToAnUnknownGroupNorToOneOfAnotherPlace() {
        assertTrue(tree.whyNotReportTo("team", "leicester", "ghost").orElseThrow().contains("no group"));
        assertTrue(tree.whyNotReportTo("team", "leicester", "kent-board").orElseThrow().contains("another place"));
    }

    @Test
    void notToItselfNorToItsDescendants() {
        assertTrue(tree.whyNotReportTo("epb", "leicester", "epb").orElseThrow().contains("itself"));
        assertTrue(tree.whyNotReportTo("psb", "leicester", "team").orElseThrow().contains("cycle"));
        assertTrue(tree.whyNotReportTo("psb", "leicester", "epb").orElseThrow().contains("cycle"));
    }
}
