package org.totalplace.commons.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks a bearer token on every request that carries one. Authentication is lazy (so that its failures leave as
 * problem+json through the exception mappers), and an endpoint that never asks who is calling would otherwise
 * serve an expired, forged or foreign token as if the caller were anonymous. Calls without a token stay anonymous.
 */
public class TokenCheck {

    private final CurrentIdentityAssociation identity;

    public TokenCheck(CurrentIdentityAssociation identity) {
        this.identity = identity;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticate(HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        return identity.getDeferredIdentity().replaceWithVoid();
    }
}
