package org.totalplace.pilots.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.totalplace.commons.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The document-level parts of this service's OpenAPI description. */
@OpenAPIDefinition(
        info = @Info(title = "Total Place pilots-service API", version = "1.0.0",
                description = "The register of Total Place pilots and parallel places, the organisations taking part "
                        + "and their partnerships, progress updates, documents, contacts and programme funding. "
                        + "Local authority reference data from mySociety's UK Local Authorities data (CC-BY-4.0).",
                license = @License(name = "Open Government Licence v3.0",
                        url = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")),
        tags = {
                @Tag(name = "Places", description = "Pilots and parallel places"),
                @Tag(name = "Organisations", description = "Public bodies shared across places"),
                @Tag(name = "Partnerships", description = "Which organisations take part in which place, and how"),
                @Tag(name = "Place details", description = "Progress updates, documents, contacts and funding of a place")},
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = "bearer",
                        type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT"),
                responses = {
                        @APIResponse(name = "BadInput", description = ProblemResponses.BAD_INPUT, content = @Content(
                                mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unauthenticated", description = ProblemResponses.UNAUTHENTICATED,
                                content = @Content(mediaType = ProblemResponses.PROBLEM,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Forbidden", description = ProblemResponses.FORBIDDEN, content = @Content(
                                mediaType = ProblemResponses.PROBLEM, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "UnsupportedMediaType", description = ProblemResponses.UNSUPPORTED,
                                content = @Content(mediaType = ProblemResponses.PROBLEM,
                                        schema = @Schema(implementation = Problem.class)))}))
public class ApiDocs extends Application {
}
