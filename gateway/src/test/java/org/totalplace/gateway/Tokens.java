package org.totalplace.gateway;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Instant;
import java.util.Set;

/** Bearer tokens like Keycloak's, signed with the test key the gateway trusts (or with a key it does not). */
final class Tokens {

    static final String ISSUER = "https://keycloak.test/realms/totalplace";

    private Tokens() {
    }

    static String valid(String subject) {
        return claims(subject).sign();
    }

    static String expired(String subject) {
        return claims(subject).issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    static String forOtherAudience(String subject) {
        return claims(subject).audience("some-other-api").sign();
    }

    static String signedByStranger(String subject) {
        return claims(subject).jws().sign("otherPrivateKey.pem");
    }

    private static JwtClaimsBuilder claims(String subject) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(Set.of("totalplace-api"))
                .claim("azp", "totalplace-spa")
                .expiresIn(600);
    }
}
