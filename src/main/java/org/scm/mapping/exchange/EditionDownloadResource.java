package org.scm.mapping.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.security.Roles;

@Path("editions/{year}/download")
@RequestScoped
@RolesAllowed({Roles.FOCAL_POINT, Roles.SECRETARIAT, Roles.ADMIN, Roles.OBSERVER})
@Tag(name = "Editions")
public class EditionDownloadResource {

    static final String HEAD_HASH = "X-Edition-Head-Hash";
    static final String REVISION = "X-Edition-Revision";
    private static final List<String> TYPES = List.of(Formats.PDF, Formats.CSV, Formats.XLSX, Formats.JSON);

    @Inject
    EditionDownloads downloads;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({Formats.PDF, Formats.CSV, Formats.XLSX, Formats.JSON})
    @Operation(
            operationId = "downloadEdition",
            summary = "A published edition as open data: ?format=pdf (the citable document, the default), csv or xlsx "
                    + "(the annex), json (edition, matrix and profiles); headers X-Edition-Head-Hash and "
                    + "X-Edition-Revision name the state, Repr-Digest the file's SHA-256; 409 while not published")
    @APIResponse(
            responseCode = "200",
            description = "The edition's file",
            headers = {
                @Header(name = HEAD_HASH, description = "the hash chain's link of the revision the edition stands at"),
                @Header(name = REVISION, description = "the revision the edition stands at"),
                @Header(name = "Repr-Digest", description = "sha-256 of the file (RFC 9530)")
            },
            content = {
                @Content(mediaType = Formats.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Formats.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Formats.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = Formats.JSON,
                        schema = @Schema(type = SchemaType.OBJECT, description = "edition, matrix and profiles"))
            })
    @APIResponse(responseCode = "409", description = "The edition is not published yet")
    public Response download(
            @Parameter(description = "the edition's year, e.g. 2014") @PathParam("year") int year,
            @Parameter(description = "pdf, csv, xlsx or json (or Accept)") @QueryParam("format") String format) {
        EditionDownloads.Download download = downloads.download(year, mediaType(format));
        return Response.ok(download.bytes(), download.mediaType())
                .header("Content-Disposition", Formats.attachment(download.fileName()))
                .header(HEAD_HASH, download.edition().headHash())
                .header(REVISION, download.edition().frozenRevision())
                .header("Repr-Digest", download.digest())
                .build();
    }

    private String mediaType(String format) {
        if (format != null) {
            return Formats.mediaType(format)
                    .orElseThrow(() -> new InvalidInputException("format", "one of pdf, csv, xlsx, json"));
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (String type : TYPES) {
                if (accepted.isCompatible(MediaType.valueOf(type))) {
                    return type;
                }
            }
        }
        return Formats.PDF;
    }
}
