package org.totalplace.commons.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.Map;

/**
 * Documents that every write needs a bearer token: no write is open to anonymous callers, and the services check
 * roles and places in code rather than with annotations the OpenAPI scanner would see. Without this a generated
 * client would not send its token on writes. Reads keep what their resources say (open unless annotated).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SignInRequiredFilter implements OASFilter {

    static final String SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        String scheme = bearerScheme(api);
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, operation) -> {
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                    && method != PathItem.HttpMethod.OPTIONS && operation.getSecurity() == null) {
                operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(scheme)));
            }
        }));
    }

    /** The document's HTTP bearer scheme (Quarkus adds one for smallrye-jwt), added when there is none. */
    private static String bearerScheme(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
        if (schemes != null) {
            for (Map.Entry<String, SecurityScheme> e : schemes.entrySet()) {
                SecurityScheme candidate = e.getValue();
                if (candidate.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(candidate.getScheme())) {
                    return e.getKey();
                }
            }
        }
        api.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token from the Keycloak realm totalplace"));
        return SCHEME;
    }
}
