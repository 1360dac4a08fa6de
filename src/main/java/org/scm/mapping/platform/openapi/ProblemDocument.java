package org.scm.mapping.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scm.mapping.platform.Problem;

/**
 * The JSON of a {@link Problem} as the OpenAPI document describes it (RFC 9457 plus the members the
 * API adds). {@code Problem} itself writes the JSON; this class only gives it a schema that generated
 * clients turn into a type. A feature whose problems carry more members extends it (e.g. the proposal
 * workflow's conflicts); the members are flattened into that schema. Never instantiated.
 */
@Schema(
        name = "Problem",
        description = "An error answer (RFC 9457, application/problem+json). Members beyond type, title, status "
                + "and detail appear where they apply.",
        requiredProperties = {"type", "title", "status"})
public class ProblemDocument {

    @Schema(
            description = "Always about:blank: the status and title say what kind of problem it is",
            example = "about:blank")
    public String type;

    @Schema(description = "The HTTP reason phrase", example = "Conflict")
    public String title;

    @Schema(description = "The HTTP status code", example = "409")
    public int status;

    @Schema(description = "What went wrong and what to do about it, in words for a person")
    public String detail;

    @Schema(description = "Validation errors (400): one entry per invalid field")
    public List<Problem.FieldProblem> fields;

    @Schema(
            description = "Refused transitions and edition steps (409): the state the thing is in",
            example = "SUBMITTED")
    public String state;

    @Schema(
            description = "Refused transitions and edition steps (409): what the caller may do in that state",
            example = "[\"withdraw\"]")
    public List<String> allowedActions;

    protected ProblemDocument() {}
}
