package org.scm.mapping.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.Problem.FieldProblem;

class UploadedMatrixTest {

    private static final Map<String, String> COLUMNS = Map.of("UNHCR", "UNHCR", "OIM", "IOM", "ILO", "ILO");
    private static final Set<Integer> THEMES = Set.of(1, 2, 3);

    @Test
    void readsEveryMarkOfAFileInTheExportLayoutSkippingCountsAndWhatFollowsTheFirstEmptyRow() {
        List<UploadedMatrix.Mark> marks = read("""
                issue_no,issue,UNHCR,OIM,ILO,total x,total xx
                1,Migration in the mandate,x,XX,,1,1
                2,Remittances, , x ,xx,1,1
                3,Health,,,,0,0
                total x,,1,1,0,2
                total xx,,0,1,1,,2

                ,Legend: blank = not involved; x = involved; xx = strongly involved.
                """);
        assertEquals(9, marks.size());
        assertEquals(
                Set.of(
                        new UploadedMatrix.Mark("UNHCR", 1, Level.INVOLVED),
                        new UploadedMatrix.Mark("IOM", 1, Level.STRONG),
                        new UploadedMatrix.Mark("ILO", 2, Level.STRONG),
                        new UploadedMatrix.Mark("IOM", 2, Level.INVOLVED)),
                marks.stream().filter(mark -> mark.level() != Level.NONE).collect(Collectors.toSet()));
    }

    @Test
    void namesEveryProblemByItsCell() {
        List<FieldProblem> problems = problems("""
                number,issue,UNHCR,WHO,ILO
                1,Migration in the mandate,x,,y
                31,Unknown,,,
                two,Remittances,,,
                1,Again,,,
                """);
        assertEquals(
                List.of(
                        "A1: the header must start with issue_no (was 'number')",
                        "D1: unknown organization 'WHO' (column D): the headings are the matrix's column labels",
                        "1: columns missing from the header (row 1): OIM",
                        "E2: 'y' is not a mark (row 2, column E): use blank, x or xx",
                        "A3: unknown theme 31 (row 3, column A)",
                        "A4: 'two' is not a theme number (row 4, column A)",
                        "A5: theme 1 appears twice (rows 2 and 5)",
                        "A: themes missing from column A: 2, 3"),
                problems.stream()
                        .map(problem -> problem.field() + ": " + problem.message())
                        .toList());
    }

    @Test
    void aColumnTwiceAndAnEmptyFileAreProblems() {
        assertEquals(
                List.of("E1: 'UNHCR' appears twice (columns C and E)"),
                problems("issue_no,issue,UNHCR,OIM,UNHCR,ILO\n1,a,,,,\n2,b,,,,\n3,c,,,,\n").stream()
                        .map(problem -> problem.field() + ": " + problem.message())
                        .toList());
        assertEquals("file", problems("\n").get(0).field());
    }

    @Test
    void readsCsvSavedWithSemicolonsAndAByteOrderMark() {
        List<List<String>> rows = SheetFile.read(
                "\uFEFFissue_no;issue;UNHCR;OIM;ILO\r\n1;\"a; b\";x;;\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                List.of(List.of("issue_no", "issue", "UNHCR", "OIM", "ILO"), List.of("1", "a; b", "x", "", "")), rows);
    }

    @Test
    void aFileThatIsNeitherUtf8NorAWorkbookIsAProblemOfTheFile() {
        InvalidInputException notText = assertThrows(
                InvalidInputException.class, () -> SheetFile.read(new byte[] {(byte) 0xff, (byte) 0xfe, 0}));
        assertEquals("file", notText.fields().get(0).field());
        InvalidInputException brokenZip =
                assertThrows(InvalidInputException.class, () -> SheetFile.read(new byte[] {'P', 'K', 3, 4, 0, 0, 0}));
        assertEquals(
                "not a readable Excel workbook (.xlsx)",
                brokenZip.fields().get(0).message());
    }

    @Test
    void columnNamesGoPastZ() {
        assertEquals("A", UploadedMatrix.columnName(0));
        assertEquals("Z", UploadedMatrix.columnName(25));
        assertEquals("AA", UploadedMatrix.columnName(26));
        assertEquals("AD7", UploadedMatrix.reference(29, 6));
    }

    private static List<UploadedMatrix.Mark> read(String csv) {
        return UploadedMatrix.read(SheetFile.read(csv.getBytes(StandardCharsets.UTF_8)), COLUMNS, THEMES);
    }

    private static List<FieldProblem> problems(String csv) {
        return assertThrows(InvalidInputException.class, () -> read(csv)).fields();
    }
}
