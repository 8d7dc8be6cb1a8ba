package org.totalplace.pilots.organisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.events.OrganisationSnapshot;

@Schema(name = "Organisation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationView(
        @Schema(example = "leicestershire-county-council") String id,
        @Schema(example = "Leicestershire County Council") String name,
        @Schema(example = "COUNTY_COUNCIL") OrganisationType type,
        @Schema(example = "E10000018") String gssCode,
        @Schema(example = "31") String snacCode,
        @Schema(example = "RWE") String odsCode,
        @Schema(example = "GB-LAE-LEC") String orgId,
        @Schema(example = "https://www.leicestershire.gov.uk") String website,
        @Schema(example = "0") long version) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.type, o.gssCode, o.snacCode, o.odsCode, o.orgId, o.website,
                o.version);
    }

    public OrganisationSnapshot snapshot() {
        return new OrganisationSnapshot(id, name, type.name(), gssCode, snacCode, odsCode, orgId);
    }
}
