package org.totalplace.commons.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Documents, in one place for every service, the problem+json answers an operation can give because of what it is
 * rather than what it does: 400 when it reads input, 401 always (a bad bearer token is refused even on public
 * reads), 403 when it writes, 404 when its path names a resource, 412/428 when it takes If-Match, 415 when it
 * takes a body, 503 always (its database may be restarting). An operation's own {@code @APIResponse} of the same
 * code keeps its description; any 4xx an operation documents without a body gets the problem+json body
 * {@link ProblemMappers} really sends.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        if (api.getComponents() == null || api.getComponents().getSchemas() == null
                || !api.getComponents().getSchemas().containsKey(SCHEMA)) {
            throw new IllegalStateException("the OpenAPI document has no " + SCHEMA + " schema to refer to");
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                (method, operation) -> document(path, item, method, operation)));
    }

    private static void document(String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean body = operation.getRequestBody() != null;
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean ifMatch = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER
                && "If-Match".equalsIgnoreCase(p.getName()));
        boolean query = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);

        if (body || query) {
            add(responses, "400", "Invalid input; the problem names each bad field, parameter or row");
        }
        add(responses, "401", "Sign-in required, or the bearer token sent is not valid");
        if (writes) {
            add(responses, "403", "Signed in, but the caller's roles or places do not allow this");
        }
        if (path.contains("{")) {
            add(responses, "404", "No such resource, or not one the caller may see");
        }
        if (ifMatch) {
            add(responses, "412", "If-Match does not match the current ETag: it was changed since it was read");
            add(responses, "428", "If-Match is missing: send the ETag last read");
        }
        if (body) {
            add(responses, "415", "The body is not of a media type this operation accepts");
        }
        add(responses, "503", "The service's database is out of reach for a moment; retry after Retry-After seconds");
        for (Map.Entry<String, APIResponse> e : responses.getAPIResponses().entrySet()) {
            if (e.getKey().startsWith("4") && (e.getValue().getContent() == null
                    || e.getValue().getContent().getMediaTypes() == null
                    || e.getValue().getContent().getMediaTypes().isEmpty())) {
                e.getValue().setContent(problem());
            }
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problem()));
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA)));
    }
}
