package org.totalplace.commons.security;

/** Realm roles of the {@code totalplace} Keycloak realm. */
public final class Roles {
    public static final String VIEWER = "viewer";
    public static final String PLACE_OFFICER = "place-officer";
    public static final String FINANCE_OFFICER = "finance-officer";
    public static final String PROGRAMME_ADMIN = "programme-admin";
    /** Integrator clients (Government Office, Leadership Centre): read public data and submitted counts. */
    public static final String INTEGRATOR = "integrator";

    private Roles() {
    }
}
