package org.scm.mapping.exchange;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scm.mapping.edition.EditionState;
import org.scm.mapping.edition.EditionView;
import org.scm.mapping.history.CellChange;
import org.scm.mapping.history.ChangeCounts;
import org.scm.mapping.history.Comparison;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.organization.Category;
import org.scm.mapping.organization.OrganizationProfile;
import org.scm.mapping.proposal.AppliedProposals.Applied;

class EditionDocumentTest {

    private static final String HASH = "3f1c0d5e9a7b2c4d6e8f00112233445566778899aabbccddeeff001122334455";

    @Test
    void theDocumentHasTheTitlePageProfilesAnnexAndTheChangesWithTheirProposals() throws IOException {
        List<CellChange> cells = List.of(new CellChange("ORG0", 4, "INVOLVED", "STRONG", "strengthened", List.of(12L)));
        Comparison changes = new Comparison(
                new Comparison.Side("2014", 2014, 1L, Instant.parse("2014-10-16T00:00:00Z")),
                new Comparison.Side("2026", 2026, 57L, Instant.parse("2026-11-20T10:00:00Z")),
                cells,
                new Comparison.Organizations(List.of("SICA"), List.of(), List.of()),
                new Comparison.Themes(List.of(new Comparison.Theme(30, "Climate and mobility")), List.of()),
                new Comparison.Counts(Map.of(), Map.of(), ChangeCounts.of(cells)));
        EditionContent content = new EditionContent(
                new EditionView(
                        2026,
                        "Migration in the International System, 2026 update",
                        "XXI SCM",
                        "Lima",
                        LocalDate.of(2026, 11, 20),
                        EditionState.PUBLISHED,
                        57L,
                        "Prepared by the Technical Secretariat.",
                        HASH,
                        List.of()),
                AnnexMatrix.of2014(PointInTime.ofEdition(2026, 57, Instant.parse("2026-11-20T10:00:00Z"))),
                List.of(new OrganizationProfile(
                        "IOM",
                        "International Organization for Migration",
                        "OIM",
                        Category.NON_UN_GLOBAL,
                        1951,
                        2,
                        "OIM",
                        "Migration management and assistance to migrants.",
                        "Operations in every country of the SCM.",
                        null,
                        List.of())),
                Optional.of(new EditionContent.Since(2014, changes)),
                Map.of(12L, new Applied(12, "PE", "Remittances: IOM strongly involved")));

        byte[] pdf = EditionDocument.write(content);
        // kept for a look at the layout, as the UI tests keep their screenshots
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/edition-document-test.pdf"), pdf);
        String text = text(pdf);

        for (String expected : List.of(
                "Migration in the International System, 2026 update",
                "Edition 2026",
                "XXI SCM, Lima",
                "Published on 2026-11-20",
                "revision 57",
                HASH,
                "International Organization for Migration (IOM / OIM)",
                "Migration management and assistance to migrants.",
                "Annex: thematic issues and organizations",
                AnnexMatrix.ANNEX.rows().get(3).get(1),
                "Legend: blank = not involved; x = involved; xx = strongly involved.",
                "Changes since edition 2014",
                "1 cells changed: 0 added, 0 removed, 1 strengthened, 0 weakened.",
                "Proposal 12 (PE): Remittances: IOM strongly involved",
                "SICA",
                "30. Climate and mobility")) {
            assertTrue(text.contains(expected), () -> "no '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void theFirstEditionSaysThereIsNothingToCompareWith() throws IOException {
        EditionContent content = new EditionContent(
                new EditionView(
                        2014,
                        "Migration in the International System",
                        null,
                        null,
                        LocalDate.of(2014, 10, 16),
                        EditionState.PUBLISHED,
                        1L,
                        null,
                        HASH,
                        List.of()),
                AnnexMatrix.of2014(PointInTime.ofEdition(2014, 1, Instant.parse("2014-10-16T00:00:00Z"))),
                List.of(),
                Optional.empty(),
                Map.of());
        String text = text(EditionDocument.write(content));
        assertTrue(text.contains("This is the first edition"), text);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\n\\s*", " ");
        }
    }
}
