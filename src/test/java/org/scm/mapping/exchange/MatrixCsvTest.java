package org.scm.mapping.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.matrix.Involvement;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.matrix.Matrix;
import org.scm.mapping.matrix.Theme;
import org.scm.mapping.organization.Category;
import org.scm.mapping.organization.Organization;
import org.scm.mapping.platform.Csv;
import org.scm.mapping.testing.Annex2014;

class MatrixCsvTest {

    @Test
    void quotesOnlyFieldsWithCommaQuoteCrOrLf() {
        assertEquals("Remittances", Csv.field("Remittances"));
        assertEquals("", Csv.field(""));
        assertEquals("Migrants' health", Csv.field("Migrants' health"));
        assertEquals("HIV – ITS / migrants", Csv.field("HIV – ITS / migrants"));
        assertEquals("\"Migration/rural world, food safety\"", Csv.field("Migration/rural world, food safety"));
        assertEquals("\"the \"\"10-Point Plan\"\"\"", Csv.field("the \"10-Point Plan\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\"carriage\rreturn\"", Csv.field("carriage\rreturn"));
        assertEquals(" padded ", Csv.field(" padded "));
    }

    @Test
    void writesTheAnnexLayoutWithCrlf() {
        Organization unhcr = column("UNHCR", 1, "UNHCR");
        Organization rapporteur = column("SR-HRM", 2, "SPECIAL RAPP. ON H. RIGHTS");
        Theme mandate = new Theme(1, "Migration in the mandate");
        Theme rural = new Theme(23, "Migration/rural world, food safety");
        Matrix matrix = Matrix.of(
                PointInTime.now(),
                List.of(rapporteur, unhcr),
                List.of(rural, mandate),
                List.of(
                        new Involvement(unhcr, mandate, Level.INVOLVED),
                        new Involvement(rapporteur, mandate, Level.STRONG),
                        new Involvement(rapporteur, rural, Level.NONE)));

        assertEquals(
                "issue_no,issue,UNHCR,SPECIAL RAPP. ON H. RIGHTS\r\n"
                        + "1,Migration in the mandate,x,xx\r\n"
                        + "23,\"Migration/rural world, food safety\",,\r\n",
                MatrixCsv.write(matrix));
    }

    @Test
    void reproducesTheAnnexFromItsOwnData() {
        Annex2014 annex = Annex2014.load();
        List<Organization> organizations = new ArrayList<>();
        for (int column = 0; column < annex.labels().size(); column++) {
            organizations.add(column("ORG" + column, column + 1, annex.labels().get(column)));
        }
        List<Theme> themes = new ArrayList<>();
        List<Involvement> cells = new ArrayList<>();
        for (List<String> row : annex.rows()) {
            Theme theme = new Theme(Integer.parseInt(row.get(0)), row.get(1));
            themes.add(theme);
            for (int column = 0; column < organizations.size(); column++) {
                cells.add(new Involvement(
                        organizations.get(column), theme, Level.fromSymbol(Annex2014.mark(row, column))));
            }
        }

        String csv = MatrixCsv.write(Matrix.of(PointInTime.now(), organizations, themes, cells));

        assertEquals(annex.text(), csv.replace("\r\n", "\n"));
    }

    private static Organization column(String code, int position, String label) {
        Organization organization = new Organization(code, code, Category.UN_AGENCY);
        organization.placeInMatrix(position, label);
        return organization;
    }

    @Test
    void theMatrixExportNeutralisesATitleThatIsAFormula() {
        Matrix matrix =
                Matrix.of(PointInTime.now(), List.of(), List.of(new Theme(30, "=cmd|' /C calc'!A0")), List.of());
        String csv = MatrixCsv.write(matrix);
        assertTrue(csv.contains("30,'=cmd|' /C calc'!A0\r\n"), csv);
    }
}
