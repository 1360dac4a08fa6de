package org.scm.mapping.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.scm.mapping.edition.EditionService;
import org.scm.mapping.edition.EditionState;
import org.scm.mapping.edition.EditionView;
import org.scm.mapping.history.CellChange;
import org.scm.mapping.history.CompareService;
import org.scm.mapping.history.Comparison;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.history.PointsInTime;
import org.scm.mapping.matrix.Matrix;
import org.scm.mapping.matrix.MatrixService;
import org.scm.mapping.organization.OrganizationFilter;
import org.scm.mapping.organization.OrganizationProfile;
import org.scm.mapping.organization.OrganizationService;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.proposal.AppliedProposals;

/**
 * A published edition as open data: the annex as CSV or XLSX, everything as JSON, and the citable PDF,
 * each with the edition's head hash.
 */
@ApplicationScoped
public class EditionDownloads {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    EditionService editions;

    @Inject
    PointsInTime points;

    @Inject
    MatrixService matrices;

    @Inject
    OrganizationService organizations;

    @Inject
    CompareService comparisons;

    @Inject
    AppliedProposals appliedProposals;

    @Inject
    ExportFacts facts;

    /** A file of an edition: its media type, its name, its bytes, and the edition it shows. */
    public record Download(String mediaType, String fileName, byte[] bytes, EditionView edition) {

        /** The file's SHA-256 as a {@code Repr-Digest} value (RFC 9530). */
        public String digest() {
            try {
                return "sha-256=:"
                        + Base64.getEncoder()
                                .encodeToString(
                                        MessageDigest.getInstance("SHA-256").digest(bytes))
                        + ":";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }

    /** The whole edition as open data in JSON. */
    public record EditionData(EditionView edition, Matrix matrix, List<OrganizationProfile> organizations) {}

    /**
     * @param mediaType one of {@link Formats}' types
     * @throws UnknownEntityException when there is no edition of that year
     * @throws NotPublishedException when it is not published yet
     */
    public Download download(int year, String mediaType) {
        EditionView edition = editions.edition(year).orElseThrow(() -> new UnknownEntityException("edition", year));
        if (edition.state() != EditionState.PUBLISHED) {
            throw new NotPublishedException(year, edition.state());
        }
        PointInTime at = points.resolve(year, null, null);
        Matrix matrix = matrices.matrix(at);
        String name = Formats.fileName(year, null);
        return switch (mediaType) {
            case Formats.CSV ->
                new Download(
                        Formats.CSV + "; charset=UTF-8",
                        name + ".csv",
                        MatrixCsv.write(matrix).getBytes(StandardCharsets.UTF_8),
                        edition);
            case Formats.XLSX ->
                new Download(
                        Formats.XLSX,
                        name + ".xlsx",
                        MatrixWorkbook.matrix(
                                matrix,
                                facts.names(at),
                                "State shown: " + facts.describe(matrix) + ". Head hash: " + edition.headHash() + "."),
                        edition);
            case Formats.JSON ->
                new Download(
                        Formats.JSON,
                        name + ".json",
                        JSONB.toJson(new EditionData(edition, matrix, profiles(at)))
                                .getBytes(StandardCharsets.UTF_8),
                        edition);
            case Formats.PDF ->
                new Download(Formats.PDF, name + ".pdf", EditionDocument.write(content(edition, at, matrix)), edition);
            default -> throw new IllegalArgumentException("not a download format: " + mediaType);
        };
    }

    EditionContent content(EditionView edition, PointInTime at, Matrix matrix) {
        Optional<EditionContent.Since> previous = editions.list().stream()
                .filter(other -> other.state() == EditionState.PUBLISHED && other.year() < edition.year())
                .max(Comparator.comparingInt(EditionView::year))
                .map(other -> new EditionContent.Since(
                        other.year(),
                        comparisons.compare(String.valueOf(other.year()), String.valueOf(edition.year()))));
        Set<Long> named = new TreeSet<>();
        previous.map(EditionContent.Since::changes).map(Comparison::cells).orElse(List.of()).stream()
                .map(CellChange::proposals)
                .forEach(named::addAll);
        return new EditionContent(edition, matrix, profiles(at), previous, appliedProposals.describe(named));
    }

    private List<OrganizationProfile> profiles(PointInTime at) {
        return organizations.list(OrganizationFilter.ALL, at).stream()
                .map(organization -> OrganizationProfile.of(organization, List.of()))
                .toList();
    }
}
