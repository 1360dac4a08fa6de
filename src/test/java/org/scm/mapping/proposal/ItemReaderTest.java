package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.organization.Category;
import org.scm.mapping.organization.OrganizationField;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.Problem.FieldProblem;

/** Reading items from requests: each kind's rules, evidence, and the refusal of a change that changes nothing. */
class ItemReaderTest {

    private static final List<ItemInput.SourceInput> A_SOURCE =
            List.of(new ItemInput.SourceInput("Annual report 2025", "https://example.org/report"));

    private TestMapping mapping;
    private ItemReader reader;

    @BeforeEach
    void readAgainstASmallMapping() {
        mapping = TestMapping.small();
        reader = new ItemReader();
        reader.mapping = mapping;
    }

    @Test
    void aCellChangeIsReadWithItsLevelNoteAndBase() {
        ItemReader.Read read = reader.read(cell("UNHCR", 4, "strong", "regional programmes", A_SOURCE));
        assertEquals(new CellLevelChange("UNHCR", 4, Level.STRONG, "regional programmes"), read.change());
        assertEquals(new Base("INVOLVED", null, 7), read.base());
        assertEquals("why", read.evidence().justification());
    }

    @Test
    void everyProblemOfACellChangeIsReportedAtOnce() {
        Map<String, String> problems = problems(() -> reader.read(cell("OECD", 99, "very", null, List.of())));
        assertEquals("OECD is not a column of the matrix", problems.get("organization"));
        assertEquals("there is no theme 99", problems.get("theme"));
        assertEquals("'very' is not one of NONE, INVOLVED, STRONG", problems.get("level"));
        assertEquals("a cell change needs at least one source (citation or URL)", problems.get("sources"));
    }

    @Test
    void proposingTheCurrentValueIsNoChange() {
        Map<String, String> problems = problems(() -> reader.read(cell("UNHCR", 4, "INVOLVED", null, A_SOURCE)));
        assertEquals("this is already the current value: no change", problems.get("level"));
        Map<String, String> sameText = problems(() -> reader.read(new ItemInput(
                "ORGANIZATION_FIELD",
                "UNHCR",
                null,
                "MANDATE",
                null,
                null,
                "  Protects refugees. ",
                null,
                null,
                null,
                null,
                "why",
                null)));
        assertEquals("this is already the current value: no change", sameText.get("text"));
    }

    @Test
    void aNewNoteAloneIsAChange() {
        ItemReader.Read read = reader.read(cell("UNHCR", 4, "INVOLVED", "since 2020", A_SOURCE));
        assertEquals("since 2020", ((CellLevelChange) read.change()).note());
    }

    @Test
    void aProfileFieldChangeNeedsNoSourceButAJustification() {
        ItemReader.Read read = reader.read(new ItemInput(
                "organization_field",
                "OECD",
                null,
                "mandate",
                null,
                null,
                "Economic policy.",
                null,
                null,
                null,
                null,
                "why",
                null));
        assertEquals(new ProfileFieldChange("OECD", OrganizationField.MANDATE, "Economic policy."), read.change());
        assertEquals(new Base(null, null, 7), read.base());
        Map<String, String> problems = problems(() -> reader.read(new ItemInput(
                "ORGANIZATION_FIELD", "OECD", null, "NAME", null, null, " ", null, null, null, null, null, null)));
        assertEquals("an organization needs a name", problems.get("text"));
        assertEquals("a justification is required", problems.get("justification"));
    }

    @Test
    void aFoundingYearIsWrittenAsItsDigitsAndBounded() {
        ItemReader.Read read = reader.read(new ItemInput(
                "ORGANIZATION_FIELD",
                "OECD",
                null,
                "FOUNDING_YEAR",
                null,
                null,
                null,
                null,
                null,
                1961,
                null,
                "why",
                null));
        assertEquals("1961", ((ProfileFieldChange) read.change()).value());
        Map<String, String> problems = problems(() -> reader.read(new ItemInput(
                "ORGANIZATION_FIELD",
                "OECD",
                null,
                "FOUNDING_YEAR",
                null,
                null,
                null,
                null,
                null,
                1700,
                null,
                "why",
                null)));
        assertEquals("a year between 1800 and this year is required", problems.get("foundingYear"));
    }

    @Test
    void aNewOrganizationNeedsAFreshCodeANameAndACategory() {
        ItemReader.Read read = reader.read(new ItemInput(
                "NEW_ORGANIZATION",
                "ILO",
                null,
                null,
                null,
                null,
                null,
                "International Labour Organization",
                "un_agency",
                1919,
                true,
                "why",
                null));
        assertEquals(
                new NewOrganization("ILO", "International Labour Organization", Category.UN_AGENCY, 1919, true),
                read.change());
        Map<String, String> problems = problems(() -> reader.read(new ItemInput(
                "NEW_ORGANIZATION", "UNHCR", null, null, null, null, null, null, "CLUB", null, null, "why", null)));
        assertEquals("organization UNHCR already exists", problems.get("organization"));
        assertEquals("a name is required", problems.get("name"));
        assertEquals(
                "'CLUB' is not one of UN_AGENCY, UN_DEPARTMENT_OR_COMMISSION, UN_MECHANISM, "
                        + "INTER_AGENCY_GROUP, NON_UN_GLOBAL, NON_UN_REGIONAL",
                problems.get("category"));
    }

    @Test
    void anUnknownKindIsNamed() {
        Map<String, String> problems = problems(() -> reader.read(new ItemInput(
                "RENAME_EVERYTHING", null, null, null, null, null, null, null, null, null, null, "why", null)));
        assertEquals(
                "'RENAME_EVERYTHING' is not one of CELL_LEVEL, ORGANIZATION_FIELD, NEW_ORGANIZATION, NEW_THEME",
                problems.get("kind"));
    }

    @Test
    void sourcesAreCheckedOneByOne() {
        Map<String, String> problems = problems(() -> reader.read(cell(
                "UNHCR",
                4,
                "STRONG",
                null,
                List.of(new ItemInput.SourceInput(null, "ftp://example.org"), new ItemInput.SourceInput(" ", null)))));
        assertEquals("an http or https address is required", problems.get("sources[0].url"));
        assertEquals("a source needs a citation or a URL", problems.get("sources[1]"));
    }

    @Test
    void eachKindIsStoredAndLoadedAsItWas() {
        List<Change> changes = List.of(
                new CellLevelChange("UNHCR", 4, Level.NONE, "n"),
                new ProfileFieldChange("OECD", OrganizationField.FOUNDING_YEAR, "1961"),
                new NewOrganization("ILO", "International Labour Organization", Category.UN_AGENCY, null, false),
                new NewTheme("Climate mobility"));
        for (Change change : changes) {
            assertEquals(change, change.stored().load(), change.kind().name());
        }
    }

    @Test
    void structuralChangesExtendTheMatrix() {
        new NewTheme("Climate mobility").applyTo(mapping);
        assertEquals(2, mapping.added.size(), "the theme and one cell for the one column");
        mapping.added.clear();
        new NewOrganization("ILO", "International Labour Organization", Category.UN_AGENCY, 1919, true)
                .applyTo(mapping);
        assertEquals(2, mapping.added.size(), "the organization and one cell for the one theme");
        assertEquals(2, ((org.scm.mapping.organization.Organization) mapping.added.get(0)).getMatrixPosition());
    }

    private static ItemInput cell(
            String organization, Integer theme, String level, String note, List<ItemInput.SourceInput> sources) {
        return new ItemInput(
                "CELL_LEVEL", organization, theme, null, level, note, null, null, null, null, null, "why", sources);
    }

    private static Map<String, String> problems(Runnable read) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, read::run);
        assertInstanceOf(List.class, refused.fields());
        return refused.fields().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message));
    }
}
