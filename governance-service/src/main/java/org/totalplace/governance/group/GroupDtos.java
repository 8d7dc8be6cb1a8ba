package org.totalplace.governance.group;

import jakarta.validation.Valid;
import org.totalplace.commons.security.PlaceScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What the groups, memberships and people API reads and writes. */
public final class GroupDtos {

    private GroupDtos() {
    }

    @Schema(name = "Group", description = "A board, programme board, working group or project team of a place")
    public record GroupView(
            @Schema(example = "ll-executive-programme-board") String id,
            @Schema(example = "leicester-leicestershire") String placeId,
            @Schema(example = "Executive Total Place Programme Board") String name,
            GroupKind kind,
            @Schema(example = "Senior officers of the partner organisations; approves the programme plan") String purpose,
            @Schema(description = "id of the group this one reports to", example = "ll-public-service-board") String reportsTo,
            @Schema(example = "[\"Leicester City Council\", \"Leicestershire County Council\"]") List<String> memberOrganisations,
            @Schema(description = "the ETag an update must send back in If-Match", example = "0") long version) {
    }

    @Schema(name = "GroupNode", description = "A group with the groups that report to it")
    public record GroupNode(String id, String name, GroupKind kind, String purpose, List<String> memberOrganisations,
                            List<GroupNode> reportingGroups) {
    }

    @Schema(name = "NewGroup")
    public record NewGroup(
            @NotBlank @Schema(example = "leicester-leicestershire") String placeId,
            @NotBlank @Size(max = 200) @Schema(example = "Joint Finance Officers Group") String name,
            @NotNull GroupKind kind,
            @Schema(example = "Oversees the count with Deloitte") String purpose,
            @Schema(nullable = true, description = "id of the group this one reports to; null or absent for a top-level group",
                    example = "ll-executive-programme-board") String reportsTo,
            List<@NotBlank @Size(max = 200) String> memberOrganisations) implements PlaceScoped {
    }

    @Schema(name = "GroupUpdate", description = "The place of a group never changes")
    public record GroupUpdate(
            @NotBlank @Size(max = 200) String name,
            @NotNull GroupKind kind,
            String purpose,
            @Schema(nullable = true, description = "id of the group this one reports to; null or absent for a top-level group")
            String reportsTo,
            List<@NotBlank @Size(max = 200) String> memberOrganisations) {
    }

    @Schema(name = "NewPerson")
    public record NewPerson(
            @NotBlank @Size(max = 200) @Schema(example = "Mags Walsh") String name,
            @Size(max = 200) @Schema(example = "Leicestershire County Council") String organisation,
            @Size(max = 200) @Schema(example = "Total Place Programme Manager") String jobTitle) {
    }

    @Schema(name = "NewMembership", description = "Give an existing personId, a new person, or only a post")
    public record NewMembership(
            @Schema(example = "ll-mags-walsh") String personId,
            @Valid NewPerson person,
            @Size(max = 200) @Schema(example = "Chief Executive, Leicester City Council") String post,
            @NotNull MembershipRole role,
            @Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", example = "2009-07") String start,
            @Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", example = "2010-03") String end) {
    }

    @Schema(name = "PersonSummary", description = "name, organisation and jobTitle are null for anonymous callers")
    public record PersonSummary(String id, String name, String organisation, String jobTitle) {
    }

    @Schema(name = "Membership")
    public record MembershipView(
            String id,
            @Schema(example = "ll-executive-programme-board") String groupId,
            @Schema(example = "Executive Total Place Programme Board") String groupName,
            @Schema(example = "leicester-leicestershire") String placeId,
            MembershipRole role,
            @Schema(example = "Chief Executive, Leicester City Council") String post,
            PersonSummary person,
            @Schema(example = "2009-07") String start,
            String end) {
    }

    @Schema(name = "Person", description = "A person and the roles they hold; personal fields are null for anonymous callers")
    public record PersonView(String id, String name, String organisation, String jobTitle, List<MembershipView> memberships) {
    }
}
