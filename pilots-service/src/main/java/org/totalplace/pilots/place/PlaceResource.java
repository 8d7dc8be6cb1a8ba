package org.totalplace.pilots.place;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.totalplace.commons.outbox.Outbox;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.events.EventType;
import org.totalplace.events.PlaceSnapshot;

import java.util.List;

@Path("/api/v1/places")
public class PlaceResource {

    public record NewPlace(@NotBlank String id, @NotBlank String name, @NotBlank String kind) {
    }

    private final Outbox outbox;

    public PlaceResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Transactional
    public Response create(@Valid NewPlace p) {
        Place place = new Place();
        place.id = p.id();
        place.name = p.name();
        place.kind = p.kind();
        place.persist();
        outbox.record(EventType.PLACE_REGISTERED, place.id, new PlaceSnapshot(place.id, place.name, place.kind,
                null, null, List.of(), "ACTIVE", null, null, List.of()));
        return Response.status(201).entity(p).build();
    }

    @GET
    @Path("{id}")
    public NewPlace get(@PathParam("id") String id) {
        Place p = Place.<Place>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("place", id));
        return new NewPlace(p.id, p.name, p.kind);
    }
}
