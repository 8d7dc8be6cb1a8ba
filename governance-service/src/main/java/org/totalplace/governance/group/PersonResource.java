package org.totalplace.governance.group;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.group.GroupDtos.PersonView;

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People and the roles they hold across groups")
public class PersonResource {

    private final GroupService service;

    public PersonResource(GroupService service) {
        this.service = service;
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPerson",
            summary = "A person and their roles", description = "Name, organisation and job title only for signed-in viewers and staff")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "404", description = "No such person")
    public PersonView get(@PathParam("id") String id) {
        return service.person(id);
    }
}
