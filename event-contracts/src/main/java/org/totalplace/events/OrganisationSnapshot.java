package org.totalplace.events;

/**
 * The public state of an organisation, carried by {@code organisation.upserted}.
 *
 * @param type    e.g. COUNTY_COUNCIL, POLICE_AUTHORITY, PRIMARY_CARE_TRUST
 * @param gssCode ONS GSS code, where the body has one
 * @param snacCode old ONS/SNAC code, where the body had one
 * @param odsCode NHS ODS code, where the body has one
 * @param orgId   org-id.guide style identifier such as {@code GB-LAE-LEC}
 */
public record OrganisationSnapshot(
        String id,
        String name,
        String type,
        String gssCode,
        String snacCode,
        String odsCode,
        String orgId) {
}
