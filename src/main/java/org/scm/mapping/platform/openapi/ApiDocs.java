package org.scm.mapping.platform.openapi;

import org.scm.mapping.platform.Problem;

/**
 * Names the resources' OpenAPI annotations refer to: media types and the reusable headers and
 * responses that {@link ApiDocumentFilter} writes into the document's components once.
 */
public final class ApiDocs {

    public static final String JSON = "application/json";
    public static final String PROBLEM = Problem.MEDIA_TYPE;
    public static final String CSV = "text/csv";

    /** Response header components. */
    public static final String ETAG = "ETag";

    public static final String LOCATION = "Location";

    /** Response components (problem+json), referred to as {@code @APIResponse(responseCode = "428", ref = ...)}. */
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";

    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String NOT_MODIFIED = "NotModified";

    /** The problem schema, for responses that name it with {@code @Schema(ref = ...)}. */
    public static final String PROBLEM_SCHEMA = "Problem";

    private ApiDocs() {}
}
