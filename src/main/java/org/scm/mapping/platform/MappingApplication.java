package org.scm.mapping.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scm.mapping.platform.openapi.ApiDocumentFilter;
import org.scm.mapping.platform.openapi.ProblemDocument;

/**
 * The API under {@code /api}. Its OpenAPI document ({@code /openapi}) comes from the resources'
 * annotations, completed by {@link ApiDocumentFilter} (problem answers, headers, security).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "SCM Mapping API",
                        version = "1",
                        description = "The institutional mapping of the South American Conference on Migration: "
                                + "organizations, themes, the involvement matrix, editions, proposals and their history. "
                                + "Every error is application/problem+json (RFC 9457). Changes to a proposal or a comment "
                                + "send If-Match with the ETag of the version they were made against."),
        components = @Components(schemas = @Schema(name = "Problem", implementation = ProblemDocument.class)))
public class MappingApplication extends Application {}
