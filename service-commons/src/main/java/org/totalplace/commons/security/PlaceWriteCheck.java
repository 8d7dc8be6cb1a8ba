package org.totalplace.commons.security;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;

/**
 * Authorises {@link PlaceWrite} endpoints after routing and before the body is read: filters run before the
 * entity is deserialised and before bean validation, so a 400 can never answer a caller who may not write.
 */
public class PlaceWriteCheck {

    private final PlaceAccess access;
    private final Instance<PlaceOwner> owners;

    public PlaceWriteCheck(PlaceAccess access, @Any Instance<PlaceOwner> owners) {
        this.access = access;
        this.owners = owners;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void authorise(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        PlaceWrite rule = method == null ? null : method.getAnnotation(PlaceWrite.class);
        if (rule == null) {
            return;
        }
        if (rule.param().isEmpty()) {
            access.requireAnyRole(rule.role(), Roles.PROGRAMME_ADMIN);
            return;
        }
        String id = uri.getPathParameters().getFirst(rule.param());
        PlaceOwner owner = rule.owner() == PlaceOwner.Itself.class ? new PlaceOwner.Itself()
                : owners.select(rule.owner()).get();
        access.requireWrite(owner.placeOf(id).orElse(null), rule.role());
    }
}
