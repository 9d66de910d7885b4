package dk.tovholder.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document Payara makes from the resources ({@code
 * /openapi}, MicroProfile OpenAPI; {@code mp.openapi.filter}): what the API
 * is, how a caller proves who they are (HTTP Basic, or a personal API token as
 * a Bearer token), and the RFC 9457 problem every refusal answers with, on
 * every operation. Written here once rather than on each of the resources, so
 * a new resource method is documented with them as soon as it exists
 * ({@code OpenApiIT} checks that every one is there).
 */
public class ApiContract implements OASFilter {

    static final String PROBLEM = "application/problem+json";

    /** The refusals every operation may answer with, and when. */
    static final Map<String, String> REFUSALS = Map.of(
            "400", "The request is not valid: the problem's errors name each field and what is wrong with it.",
            "401", "No credentials, or wrong ones.",
            "403", "The caller may not do this.",
            "404", "Not found, or not visible to the caller (a members-only group does not exist to others).",
            "409", "A conflict: someone else saved in between (send the version you read), or the slot or name is"
                    + " taken.");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.info(OASFactory.createInfo().title("Tovholder API").version("1")
                .description("The JSON API of Tovholder: network groups, meetings with their agendas and minutes,"
                        + " rooms and bookings, the organisations' directory and the resource exchange. Every"
                        + " request needs credentials: HTTP Basic with a user's login, or a personal API token"
                        + " (made on the profile page) as a Bearer token. Answers are in Danish, or in English"
                        + " with Accept-Language: en. Refusals are RFC 9457 problems (" + PROBLEM + ")."));
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        components.addSchema("Problem", problemSchema());
        components.addSecurityScheme("basic", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("A user's username and password."));
        components.addSecurityScheme("token", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("A personal API token (tvh_…), made and revoked on the profile page;"
                        + " it has its person's rights."));
        api.components(components);
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            // "{id: [0-9]+}" is JAX-RS's; an OpenAPI path names the parameter only
            Map.copyOf(api.getPaths().getPathItems()).forEach((path, item) -> {
                String template = template(path);
                if (!template.equals(path)) {
                    api.getPaths().removePathItem(path);
                    api.getPaths().addPathItem(template, item);
                }
            });
        }
        api.security(List.of(OASFactory.createSecurityRequirement().addScheme("basic"),
                OASFactory.createSecurityRequirement().addScheme("token")));
    }

    /** A JAX-RS path as an OpenAPI path: without the parameters' patterns. */
    static String template(String path) {
        return path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        REFUSALS.forEach((status, when) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, refusal(when));
            }
        });
        boolean versioned = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "version".equals(p.getName()));
        if (versioned) {
            // EntityTags: the version may come as If-Match, the ETag of the thing as read
            operation.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                    .required(false).schema(OASFactory.createSchema().type(Schema.SchemaType.STRING))
                    .description("The thing's ETag as read (e.g. \"7\"), instead of version=."));
            if (responses.getAPIResponse("412") == null) {
                responses.addAPIResponse("412", refusal("Sent with If-Match: someone else saved in between;"
                        + " read the thing again."));
            }
        }
        return operation.responses(responses);
    }

    private static APIResponse refusal(String when) {
        return OASFactory.createAPIResponse().description(when).content(OASFactory.createContent()
                .addMediaType(PROBLEM, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

    /** {@link Problem} as the client sees it. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: what went wrong, in the caller's language.")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("title", "status"));
    }
}
