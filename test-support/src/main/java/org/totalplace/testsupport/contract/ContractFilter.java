package org.totalplace.testsupport.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a REST Assured exchange against the OpenAPI document of the service that answered it, and fails the test
 * (AssertionError) when code and contract disagree.
 *
 * <p>Responses are always checked: the status must be documented for the operation, and the content type and body
 * must match it (problem+json included).
 *
 * <p>Requests are checked only when the service accepted them (2xx). Tests send bad input on purpose to see it
 * refused; a request the contract calls invalid is drift only when the code took it anyway, because then the code
 * accepts what the published contract says it never will (or the contract forbids what clients may really send).
 */
public final class ContractFilter implements Filter {

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(requestSpec, responseSpec);
        Request request = RestAssuredRequest.of(requestSpec);
        // Quarkus' own endpoints (health, metrics, the document itself) are not part of the service's API
        if (request.getPath().startsWith("/q/")) {
            return response;
        }
        ServiceContract contract = ServiceContract.of(origin(requestSpec.getURI()));
        OpenApiInteractionValidator validator = contract.validator();
        List<String> broken = new ArrayList<>(errors(validator.validateResponse(
                request.getPath(), request.getMethod(), RestAssuredResponse.of(response))));
        boolean accepted = response.statusCode() >= 200 && response.statusCode() < 300;
        if (accepted) {
            broken.addAll(errors(validator.validateRequest(request)));
            // an empty schema lets any body pass, and tells clients nothing about it
            if (isJson(response.contentType()) && !response.asString().isEmpty() && !contract.describesJsonBody(
                    request.getMethod().name(), request.getPath(), response.statusCode())) {
                broken.add("[undescribed] the document gives no schema for this JSON body");
            }
        }
        ContractCoverage.exchangeChecked();
        if (!broken.isEmpty()) {
            throw new AssertionError("OpenAPI contract broken by " + request.getMethod() + " " + request.getPath()
                    + " -> " + response.statusCode() + " " + response.contentType() + ":\n"
                    + broken.stream().map(m -> "  - " + m).collect(Collectors.joining("\n"))
                    + "\n  response body: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static List<String> errors(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "[" + m.getKey() + "] " + m.getMessage() + (m.getNestedMessages().isEmpty() ? ""
                        : m.getNestedMessages().stream().map(ValidationReport.Message::getMessage)
                        .collect(Collectors.joining("; ", " (", ")"))))
                .toList();
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("application/json");
    }

    private static String origin(String uri) {
        URI u = URI.create(uri);
        return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 600 ? body : body.substring(0, 600) + "...";
    }
}
