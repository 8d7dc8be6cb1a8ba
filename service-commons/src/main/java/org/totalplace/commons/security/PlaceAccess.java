package org.totalplace.commons.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who the caller is, in the programme's terms: which roles they hold and which places they act for
 * (the {@code places} token claim). Every service asks the same questions the same way.
 */
@RequestScoped
public class PlaceAccess {

    public static final String PLACES_CLAIM = "places";

    private final SecurityIdentity identity;
    private final Validator validator;

    public PlaceAccess(SecurityIdentity identity, Validator validator) {
        this.identity = identity;
        this.validator = validator;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String who() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.PROGRAMME_ADMIN);
    }

    public boolean isIntegrator() {
        return identity.hasRole(Roles.INTEGRATOR);
    }

    /** Personal data (contacts, people) is for viewers and every staff role above them. */
    public boolean maySeePersonalData() {
        return Stream.of(Roles.VIEWER, Roles.PLACE_OFFICER, Roles.FINANCE_OFFICER, Roles.PROGRAMME_ADMIN)
                .anyMatch(identity::hasRole);
    }

    /**
     * The places this caller acts for: the token's {@code places} claim, or the identity attribute of the same
     * name (which is how tests with {@code @TestSecurity} describe a caller).
     */
    public Set<String> places() {
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(PLACES_CLAIM)
                : identity.getAttribute(PLACES_CLAIM);
        if (claim == null) {
            return Set.of();
        }
        Stream<String> values = claim instanceof Collection<?> c ? c.stream().map(PlaceAccess::unquote)
                : Stream.of(claim.toString().split("[,\\s]+"));
        return values.map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Signed-in staff of this place (any officer role naming it) or an admin. */
    public boolean actsFor(String placeId) {
        return isAdmin() || (signedIn() && placeId != null && places().contains(placeId));
    }

    /** May this caller change data of {@code placeId} as {@code officerRole}? */
    public boolean mayWrite(String placeId, String officerRole) {
        return isAdmin() || (placeId != null && identity.hasRole(officerRole) && places().contains(placeId));
    }

    /**
     * Throws 401 for anonymous callers and 403 for everyone else who may not write to this place. A null place
     * stands for a resource that does not exist: everyone but a programme admin is refused exactly as for a
     * resource of another place, so a refusal never tells whether an id exists elsewhere; an admin passes (and
     * learns 404 from the caller).
     */
    public void requireWrite(String placeId, String officerRole) {
        requireSignedIn();
        if (!mayWrite(placeId, officerRole)) {
            throw new ForbiddenException("only a " + officerRole + " of this place or a programme admin may do this");
        }
    }

    /**
     * {@link #requireWrite} for a resource looked up by id ({@code resource} null when there is none): the
     * resource when the caller may write to its place, 401/403 when they may not (whether it exists or not), and
     * {@code missing} (a 404) only for programme admins asking for an id that does not exist.
     */
    public <T> T requireWritable(T resource, Function<T, String> placeOf, String officerRole,
                                 Supplier<? extends RuntimeException> missing) {
        requireWrite(resource == null ? null : placeOf.apply(resource), officerRole);
        if (resource == null) {
            throw missing.get();
        }
        return resource;
    }

    /**
     * A new resource of the place its body names: authorised on that place first, then the body is validated,
     * so an officer of another place is refused (403) whatever else is wrong with what they sent. A body that
     * names no place has nothing to refuse on and is only validated (400).
     */
    public <T extends PlaceScoped> T requireWriteThenValidate(T body, String officerRole) {
        if (body.placeId() != null) {
            requireWrite(body.placeId(), officerRole);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    /** Throws 401 for anonymous callers and 403 unless the caller holds one of {@code roles}. */
    public void requireAnyRole(String... roles) {
        requireSignedIn();
        if (Stream.of(roles).noneMatch(identity::hasRole)) {
            throw new ForbiddenException("this needs one of the roles " + String.join(", ", roles));
        }
    }

    public void requireSignedIn() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
    }

    private static String unquote(Object value) {
        String s = value.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
