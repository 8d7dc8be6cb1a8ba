package org.totalplace.pilots.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.place.Place;

import java.util.List;

/** A place's contacts. Callers who may not see personal data get each contact's role and organisation only. */
@ApplicationScoped
@Transactional
public class Contacts {

    @Schema(name = "ContactRequest")
    public record ContactRequest(
            @Schema(example = "Chris Tambini") @NotBlank @Size(max = 200) String name,
            @Schema(example = "Deputy Head of Strategic Finance") @Size(max = 300) String role,
            @Schema(example = "Leicestershire County Council") @Size(max = 200) String organisation,
            @Schema(example = "chris.tambini@leics.gov.uk") @Size(max = 254)
            @Email(regexp = ".+@.+\\..+", message = "must be an email address") String email,
            @Schema(example = "0116 305 6199")
            @Pattern(regexp = "^\\+?[0-9][0-9 ()-]{5,28}$", message = "must be a telephone number such as 0116 305 6199")
            String phone) {
    }

    @Schema(name = "Contact", description = "name, email and phone are present only for signed-in viewers and above")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactView(
            @Schema(example = "4") Long id,
            @Schema(example = "Chris Tambini") String name,
            @Schema(example = "Deputy Head of Strategic Finance") String role,
            @Schema(example = "Leicestershire County Council") String organisation,
            @Schema(example = "chris.tambini@leics.gov.uk") String email,
            @Schema(example = "0116 305 6199") String phone,
            @Schema(description = "true when personal details were withheld from this caller") boolean personalDataWithheld) {

        static ContactView of(Contact c, boolean personal) {
            return personal
                    ? new ContactView(c.id, c.name, c.role, c.organisation, c.email, c.phone, false)
                    : new ContactView(c.id, null, c.role, c.organisation, null, null, true);
        }
    }

    public ContactView add(String placeId, ContactRequest request) {
        Place.require(placeId);
        Contact c = new Contact();
        c.placeId = placeId;
        c.name = request.name().trim();
        c.role = request.role();
        c.organisation = request.organisation();
        c.email = request.email();
        c.phone = request.phone();
        c.persist();
        return ContactView.of(c, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactView> of(String placeId, boolean maySeePersonalData) {
        Place.require(placeId);
        return Contact.<Contact>find("placeId = ?1 order by id", placeId).stream()
                .map(c -> ContactView.of(c, maySeePersonalData)).toList();
    }
}
