package org.scm.mapping.exchange;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scm.mapping.edition.EditionView;
import org.scm.mapping.history.CellChange;
import org.scm.mapping.history.Comparison;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.matrix.Matrix;
import org.scm.mapping.organization.Category;
import org.scm.mapping.organization.OrganizationProfile;
import org.scm.mapping.proposal.AppliedProposals.Applied;

/**
 * A published edition as a citable PDF, laid out like the 2014 document: a title page naming the
 * edition, its date, the revision it stands at and that revision's head hash; the organization
 * profiles, grouped by category as in sections 3 and 4 of 2014; the annex matrix on A4 landscape; and a
 * page listing what changed since the previous edition, with the proposals responsible. Written with
 * OpenPDF in its standard fonts (Latin-1 text, as the three languages of the mapping need).
 */
public final class EditionDocument {

    private static final Map<Category, String> CATEGORY_TITLES = Map.of(
            Category.UN_AGENCY, "United Nations agencies, funds and programmes",
            Category.UN_DEPARTMENT_OR_COMMISSION, "United Nations departments and commissions",
            Category.UN_MECHANISM, "United Nations mechanisms",
            Category.INTER_AGENCY_GROUP, "Inter-agency groups",
            Category.NON_UN_GLOBAL, "Global organizations outside the United Nations",
            Category.NON_UN_REGIONAL, "Regional organizations and mechanisms");

    private static final Font TITLE = font(FontFactory.HELVETICA_BOLD, 22);
    private static final Font HEADING = font(FontFactory.HELVETICA_BOLD, 14);
    private static final Font SUBHEADING = font(FontFactory.HELVETICA_BOLD, 11);
    private static final Font BODY = font(FontFactory.HELVETICA, 10);
    private static final Font SMALL = font(FontFactory.HELVETICA, 8);
    private static final Font MONO = font(FontFactory.COURIER, 9);
    private static final Font TABLE = font(FontFactory.HELVETICA, 6.5f);
    private static final Font TABLE_BOLD = font(FontFactory.HELVETICA_BOLD, 6.5f);

    private EditionDocument() {}

    public static byte[] write(EditionContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        EditionView edition = content.edition();
        document.addTitle(edition.title() + " (edition " + edition.year() + ")");
        document.addSubject("SCM Mapping, edition " + edition.year() + ", head hash " + edition.headHash());
        document.addCreator("SCM Mapping");
        document.open();
        titlePage(document, content);
        document.newPage();
        profiles(document, content.profiles());
        document.setPageSize(PageSize.A4.rotate());
        document.setMargins(28, 28, 36, 36);
        document.newPage();
        annex(document, content.matrix());
        document.setPageSize(PageSize.A4);
        document.setMargins(56, 56, 56, 56);
        document.newPage();
        changes(document, content);
        document.close();
        return out.toByteArray();
    }

    private static void titlePage(Document document, EditionContent content) {
        EditionView edition = content.edition();
        Paragraph space = new Paragraph(" ", BODY);
        space.setSpacingBefore(120);
        document.add(space);
        document.add(centered(edition.title(), TITLE));
        document.add(centered("Edition " + edition.year(), HEADING));
        if (edition.event() != null || edition.place() != null) {
            document.add(centered(
                    Stream.of(edition.event(), edition.place())
                            .filter(part -> part != null)
                            .collect(Collectors.joining(", ")),
                    BODY));
        }
        if (edition.publishedOn() != null) {
            document.add(centered("Published on " + edition.publishedOn(), BODY));
        }
        Paragraph facts = new Paragraph();
        facts.setSpacingBefore(80);
        facts.add(new Phrase(
                "This edition is the mapping as recorded at revision " + edition.frozenRevision()
                        + (content.matrix().recordedAt() == null
                                ? ""
                                : " (" + content.matrix().recordedAt() + ")")
                        + ". Head hash of that revision in the mapping's hash chain (SHA-256):\n",
                BODY));
        document.add(facts);
        Paragraph hash = new Paragraph(edition.headHash() == null ? "(none)" : edition.headHash(), MONO);
        hash.setSpacingBefore(6);
        document.add(hash);
        Paragraph how = new Paragraph(
                "Cite the edition with this hash. Anyone can check it: GET /api/audit/verify recomputes the chain, "
                        + "and GET /api/editions/" + edition.year() + " shows the hash the edition was published with; "
                        + "a change to the history before this revision would change every later hash.",
                SMALL);
        how.setSpacingBefore(12);
        document.add(how);
        if (edition.notes() != null) {
            Paragraph notes = new Paragraph(edition.notes(), BODY);
            notes.setSpacingBefore(24);
            document.add(notes);
        }
    }

    private static void profiles(Document document, List<OrganizationProfile> profiles) {
        document.add(heading("Organization profiles"));
        for (Category category : Category.values()) {
            List<OrganizationProfile> inCategory = profiles.stream()
                    .filter(profile -> profile.category() == category)
                    .sorted(Comparator.comparing(OrganizationProfile::name))
                    .toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            Paragraph group = new Paragraph(CATEGORY_TITLES.get(category), SUBHEADING);
            group.setSpacingBefore(14);
            group.setSpacingAfter(4);
            document.add(group);
            for (OrganizationProfile profile : inCategory) {
                Paragraph name = new Paragraph(
                        profile.name() + " (" + profile.code()
                                + (profile.acronymEs() == null
                                                || profile.acronymEs().equals(profile.code())
                                        ? ""
                                        : " / " + profile.acronymEs())
                                + ")",
                        font(FontFactory.HELVETICA_BOLD, 10));
                name.setSpacingBefore(8);
                document.add(name);
                String facts = Stream.of(
                                profile.foundingYear() == null ? null : "Founded " + profile.foundingYear(),
                                profile.matrixLabel() == null
                                        ? "Not in the annex matrix"
                                        : "Annex column " + profile.matrixPosition() + ": " + profile.matrixLabel())
                        .filter(part -> part != null)
                        .collect(Collectors.joining(". "));
                document.add(new Paragraph(facts, SMALL));
                field(document, "Mandate", profile.mandate());
                field(document, "Involvement in migration", profile.migrationInvolvement());
                field(document, "Notes", profile.notes());
            }
        }
    }

    private static void field(Document document, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(label + ": ", font(FontFactory.HELVETICA_BOLD, 9)));
        paragraph.add(new Chunk(text, font(FontFactory.HELVETICA, 9)));
        paragraph.setSpacingBefore(2);
        document.add(paragraph);
    }

    private static void annex(Document document, Matrix matrix) {
        document.add(heading("Annex: thematic issues and organizations"));
        List<Matrix.Column> columns = matrix.columns();
        PdfPTable table = new PdfPTable(columns.size() + 4);
        float[] widths = new float[columns.size() + 4];
        widths[0] = 14;
        widths[1] = 150;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 18;
        }
        table.setWidths(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(cell("No.", TABLE_BOLD, false));
        table.addCell(cell("Thematic issue", TABLE_BOLD, false));
        for (Matrix.Column column : columns) {
            table.addCell(cell(column.label(), TABLE_BOLD, true));
        }
        table.addCell(cell("total x", TABLE_BOLD, true));
        table.addCell(cell("total xx", TABLE_BOLD, true));
        Map<String, String> marks = new HashMap<>();
        matrix.cells().forEach(cell -> marks.put(MatrixWorkbook.key(cell.organization(), cell.theme()), cell.symbol()));
        for (Matrix.Row theme : matrix.themes()) {
            table.addCell(cell(String.valueOf(theme.number()), TABLE, false));
            table.addCell(cell(theme.title(), TABLE, false));
            for (Matrix.Column column : columns) {
                PdfPCell mark = cell(
                        marks.getOrDefault(MatrixWorkbook.key(column.organization(), theme.number()), ""),
                        TABLE_BOLD,
                        false);
                mark.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(mark);
            }
            table.addCell(centeredCell(String.valueOf(theme.counts().involved())));
            table.addCell(centeredCell(String.valueOf(theme.counts().strong())));
        }
        for (boolean strong : new boolean[] {false, true}) {
            table.addCell(cell("", TABLE, false));
            table.addCell(cell(strong ? "total xx" : "total x", TABLE_BOLD, false));
            for (Matrix.Column column : columns) {
                table.addCell(centeredCell(String.valueOf(
                        strong ? column.counts().strong() : column.counts().involved())));
            }
            table.addCell(
                    centeredCell(strong ? "" : String.valueOf(matrix.totals().involved())));
            table.addCell(centeredCell(strong ? String.valueOf(matrix.totals().strong()) : ""));
        }
        document.add(table);
        Paragraph legend = new Paragraph("Legend: blank = not involved; x = involved; xx = strongly involved.", SMALL);
        legend.setSpacingBefore(6);
        document.add(legend);
    }

    private static void changes(Document document, EditionContent content) {
        if (content.previous().isEmpty()) {
            document.add(heading("Changes since the previous edition"));
            document.add(
                    new Paragraph("This is the first edition: there is no earlier edition to compare it with.", BODY));
            return;
        }
        EditionContent.Since since = content.previous().get();
        Comparison changes = since.changes();
        document.add(heading("Changes since edition " + since.year()));
        document.add(new Paragraph(
                changes.counts().total().total() + " cells changed: "
                        + changes.counts().total().added()
                        + " added, " + changes.counts().total().removed() + " removed, "
                        + changes.counts().total().strengthened() + " strengthened, "
                        + changes.counts().total().weakened() + " weakened.",
                BODY));
        if (!changes.cells().isEmpty()) {
            PdfPTable table = new PdfPTable(new float[] {60, 30, 30, 30, 60, 200});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            for (String title : List.of("Organization", "Theme", "From", "To", "Change", "Proposals")) {
                table.addCell(cell(title, font(FontFactory.HELVETICA_BOLD, 8), false));
            }
            Font font = font(FontFactory.HELVETICA, 8);
            for (CellChange change : changes.cells()) {
                table.addCell(cell(change.organization(), font, false));
                table.addCell(cell(String.valueOf(change.theme()), font, false));
                table.addCell(cell(mark(change.from()), font, false));
                table.addCell(cell(mark(change.to()), font, false));
                table.addCell(cell(change.change(), font, false));
                table.addCell(cell(proposals(change.proposals(), content.proposals()), font, false));
            }
            document.add(table);
        }
        list(document, "Organizations added", changes.organizations().added());
        list(document, "Organizations removed", changes.organizations().removed());
        list(
                document,
                "Profiles changed",
                changes.organizations().changed().stream()
                        .map(profile -> profile.organization() + ": "
                                + profile.fields().stream()
                                        .map(field -> field.field())
                                        .collect(Collectors.joining(", ")))
                        .toList());
        list(
                document,
                "Themes added",
                changes.themes().added().stream()
                        .map(theme -> theme.number() + ". " + theme.title())
                        .toList());
        list(
                document,
                "Themes removed",
                changes.themes().removed().stream()
                        .map(theme -> theme.number() + ". " + theme.title())
                        .toList());
    }

    private static void list(Document document, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(title, SUBHEADING);
        heading.setSpacingBefore(10);
        document.add(heading);
        lines.forEach(line -> document.add(new Paragraph(line, BODY)));
    }

    static String proposals(List<Long> ids, Map<Long, Applied> applied) {
        return ids.stream()
                .map(id -> {
                    Applied proposal = applied.get(id);
                    return proposal == null
                            ? "Proposal " + id
                            : "Proposal " + id + " (" + proposal.country() + "): " + proposal.title();
                })
                .collect(Collectors.joining("; "));
    }

    private static String mark(String level) {
        String symbol = Level.valueOf(level).symbol();
        return symbol.isEmpty() ? "blank" : symbol;
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingAfter(8);
        return heading;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(8);
        return paragraph;
    }

    private static PdfPCell cell(String text, Font font, boolean vertical) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(2);
        cell.setBorderColor(Color.GRAY);
        if (vertical) {
            cell.setRotation(90);
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setMinimumHeight(70);
        }
        return cell;
    }

    private static PdfPCell centeredCell(String text) {
        PdfPCell cell = cell(text, TABLE, false);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static Font font(String name, float size) {
        return FontFactory.getFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size);
    }
}
