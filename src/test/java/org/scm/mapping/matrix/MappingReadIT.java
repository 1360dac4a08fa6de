package org.scm.mapping.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Annex2014;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Deployments;
import org.scm.mapping.testing.FreshDatabase;
import org.scm.mapping.testing.Tokens;

/**
 * The 2014 mapping through the read API: the seeded matrix against the verified copy of the annex
 * ({@code annex-2014.csv}), organization profiles against the document, the CSV export, editions,
 * past states read with Envers, and the errors (404, 400, 401) as problem+json. It starts from a fresh
 * database: whatever test classes before it changed, the seed is what it checks.
 */
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
class MappingReadIT {

    /** Access tokens live 300 s in the demo realm; one per user is reused for a while. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(4);
    private static final Map<String, Token> TOKENS = new HashMap<>();
    private static final Annex2014 ANNEX = Annex2014.load();

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app();
    }

    // ---- the matrix against the annex

    @Test
    void seededMatrixEqualsTheAnnexCellByCell() {
        assertMatrixIsTheAnnex(object(ok(get("api/matrix", "fp-pe"))));
    }

    @Test
    void countsPerLevelOrganizationAndTheme() {
        JsonObject matrix = object(ok(get("api/matrix", "observer")));

        JsonObject totals = matrix.getJsonObject("totals");
        assertEquals(468, totals.getInt("none"));
        assertEquals(145, totals.getInt("involved"));
        assertEquals(141, totals.getInt("strong"));

        List<JsonObject> columns = matrix.getJsonArray("columns").getValuesAs(JsonObject.class);
        for (int column = 0; column < columns.size(); column++) {
            int index = column;
            JsonObject counts = columns.get(column).getJsonObject("counts");
            List<String> marks = ANNEX.rows().stream().map(row -> Annex2014.mark(row, index)).toList();
            assertEquals(count(marks, "x"), counts.getInt("involved"), columns.get(column).toString());
            assertEquals(count(marks, "xx"), counts.getInt("strong"), columns.get(column).toString());
            assertEquals(count(marks, ""), counts.getInt("none"), columns.get(column).toString());
        }
        List<JsonObject> themes = matrix.getJsonArray("themes").getValuesAs(JsonObject.class);
        for (int row = 0; row < themes.size(); row++) {
            List<String> marks = ANNEX.rows().get(row).subList(2, ANNEX.rows().get(row).size());
            JsonObject counts = themes.get(row).getJsonObject("counts");
            assertEquals(count(marks, "x"), counts.getInt("involved"), themes.get(row).toString());
            assertEquals(count(marks, "xx"), counts.getInt("strong"), themes.get(row).toString());
        }
        // two spot checks read off the printed annex: IOM's column and the row of theme 2
        JsonObject iom = columns.get(10);
        assertEquals("IOM", iom.getString("organization"));
        assertEquals(4, iom.getJsonObject("counts").getInt("involved"));
        assertEquals(19, iom.getJsonObject("counts").getInt("strong"));
        assertEquals(5, themes.get(1).getJsonObject("counts").getInt("involved"));
        assertEquals(16, themes.get(1).getJsonObject("counts").getInt("strong"));
    }

    @Test
    void edition2014AndRevision1AreTheAnnex() {
        JsonObject edition = object(ok(get("api/matrix?edition=2014", "sec-ana")));
        assertEquals(2014, edition.getInt("edition"));
        assertEquals(1, edition.getInt("revision"));
        assertEquals("2014-10-16T00:00:00Z", edition.getString("recordedAt"));
        assertMatrixIsTheAnnex(edition);

        JsonObject revision = object(ok(get("api/matrix?revision=1", "sec-ana")));
        assertFalse(revision.containsKey("edition"));
        assertEquals(1, revision.getInt("revision"));
        assertMatrixIsTheAnnex(revision);
    }

    @Test
    void csvExportOfEdition2014IsTheAnnex() {
        HttpResponse<String> csv = ok(getCsv("api/matrix?edition=2014", "observer"));
        assertEquals("text/csv", Api.contentType(csv));
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().toLowerCase().contains("charset=utf-8"));
        assertEquals("attachment; filename=\"matrix-2014.csv\"", csv.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(csv.body().endsWith("\r\n"), "CRLF line ends");
        assertFalse(csv.body().replace("\r\n", "").contains("\n"), "no bare LF");

        assertEquals(ANNEX.text(), csv.body().replace("\r\n", "\n"));
    }

    @Test
    void csvExportOfTheCurrentMatrixIsTheAnnexToo() {
        assertEquals(ANNEX.text(), ok(getCsv("api/matrix", "fp-ar")).body().replace("\r\n", "\n"));
    }

    @Test
    void aClientThatAcceptsAnythingGetsJson() {
        HttpResponse<String> response = ok(Api.send(Api.request("api/matrix", token("fp-pe")).header("Accept", "*/*").GET()));
        assertEquals("application/json", Api.contentType(response));
    }

    @Test
    void aPastRevisionIsReadFromTheAuditTrail() throws SQLException {
        // a later revision written as Envers would: UNHCR × 4 (Remittances) goes from blank to xx
        try (Connection db = StackSession.current().database().connect()) {
            long cell = cellId(db, "UNHCR", 4);
            long revision = laterRevision(db, cell, "STRONG");
            try {
                assertEquals("xx", cellOf(object(ok(get("api/matrix", "fp-pe"))), "UNHCR", 4).getString("symbol"));
                assertEquals("xx", cellOf(object(ok(get("api/matrix?revision=" + revision, "fp-pe"))), "UNHCR", 4)
                        .getString("symbol"));
                assertEquals("STRONG", object(ok(get("api/matrix/cells/UNHCR/4", "fp-pe"))).getString("level"));

                assertMatrixIsTheAnnex(object(ok(get("api/matrix?edition=2014", "fp-pe"))));
                assertMatrixIsTheAnnex(object(ok(get("api/matrix?revision=1", "fp-pe"))));
                assertEquals(ANNEX.text(), ok(getCsv("api/matrix?edition=2014", "fp-pe")).body().replace("\r\n", "\n"));
                assertEquals(142, object(ok(get("api/matrix", "fp-pe"))).getJsonObject("totals").getInt("strong"));
            } finally {
                undoLaterRevision(db, cell, revision, "NONE");
            }
        }
        assertMatrixIsTheAnnex(object(ok(get("api/matrix", "fp-pe"))));
    }

    // ---- cells and themes

    @Test
    void oneCellNamesItsOrganizationAndTheme() {
        JsonObject cell = object(ok(get("api/matrix/cells/WIPO/16", "fp-cl")));
        assertEquals("WIPO", cell.getString("organization"));
        assertEquals("World Intellectual Property Organization", cell.getString("organizationName"));
        assertEquals("OMPI", cell.getString("matrixLabel"));
        assertEquals(16, cell.getInt("theme"));
        assertEquals("Qualified migration", cell.getString("themeTitle"));
        assertEquals("STRONG", cell.getString("level"));
        assertEquals("xx", cell.getString("symbol"));

        JsonObject blank = object(ok(get("api/matrix/cells/UNHCR/4", "fp-cl")));
        assertEquals("NONE", blank.getString("level"));
        assertEquals("", blank.getString("symbol"));
    }

    @Test
    void themesAreTheAnnexIssues() {
        JsonArray themes = array(ok(get("api/themes", "observer")));
        assertEquals(29, themes.size());
        for (int row = 0; row < ANNEX.rows().size(); row++) {
            JsonObject theme = themes.getJsonObject(row);
            assertEquals(Integer.parseInt(ANNEX.rows().get(row).get(0)), theme.getInt("number"));
            assertEquals(ANNEX.rows().get(row).get(1), theme.getString("title"));
        }
        JsonObject hiv = object(ok(get("api/themes/14", "observer")));
        assertEquals("HIV – ITS / migrants", hiv.getString("title"));
    }

    // ---- organizations against the document

    @Test
    void thirtyFourOrganizationsMatrixColumnsFirst() {
        JsonArray all = array(ok(get("api/organizations", "fp-bo")));
        assertEquals(34, all.size());
        List<String> labels = all.getValuesAs(JsonObject.class).stream()
                .filter(organization -> organization.containsKey("matrixLabel"))
                .map(organization -> organization.getString("matrixLabel")).toList();
        assertEquals(ANNEX.labels(), labels, "the annex's columns in its order");
        assertEquals(List.of("GMG", "IDB", "OAS", "OECD", "PAHO", "UNEP", "WFP", "WTO"),
                codes(all).subList(26, 34), "then the organizations outside the annex, by code");
    }

    @Test
    void filtersByMatrixMembershipAndCategory() {
        assertEquals(26, array(ok(get("api/organizations?inMatrix=true", "fp-bo"))).size());
        assertEquals(List.of("GMG", "IDB", "OAS", "OECD", "PAHO", "UNEP", "WFP", "WTO"),
                codes(array(ok(get("api/organizations?inMatrix=false", "fp-bo")))));
        assertEquals(List.of("IDB", "OAS"), codes(array(ok(get("api/organizations?category=NON_UN_REGIONAL", "fp-bo")))));
        assertEquals(List.of("IOM", "OECD", "WTO"), codes(array(ok(get("api/organizations?category=NON_UN_GLOBAL", "fp-bo")))));
        assertEquals(List.of("IOM"),
                codes(array(ok(get("api/organizations?category=NON_UN_GLOBAL&inMatrix=true", "fp-bo")))));
        assertEquals(List.of("SR-HRM"), codes(array(ok(get("api/organizations?category=UN_MECHANISM", "fp-bo")))));
    }

    @Test
    void profilesAreTheDocuments() {
        // values from sections 3 and 4 of the 2014 reference document
        assertProfile("UNHCR", "United Nations High Commissioner for Refugees", "UN_AGENCY", 1950, 1, "UNHCR");
        assertProfile("WIPO", "World Intellectual Property Organization", "UN_AGENCY", 1967, 15, "OMPI");
        assertProfile("IFAD", "International Fund for Agricultural Development", "UN_AGENCY", 1976, 6, "IFAD");
        assertProfile("UNDP", "United Nations Programme for Development", "UN_AGENCY", 1965, 20, "UNPD");
        assertProfile("UN-RC", "United Nations Regional Commissions", "UN_DEPARTMENT_OR_COMMISSION", 1948, 3,
                "REG COMMISS.");
        assertProfile("SR-HRM", "Special Rapporteur on the Human Rights of Migrants", "UN_MECHANISM", 1999, 10,
                "SPECIAL RAPP. ON H. RIGHTS");
        assertProfile("IOM", "International Organization for Migration", "NON_UN_GLOBAL", 1951, 11, "IOM");
        assertProfile("GMG", "Global Migration Group", "INTER_AGENCY_GROUP", 2005, null, null);
        assertProfile("IDB", "Inter American Development Bank", "NON_UN_REGIONAL", 1959, null, null);
        assertProfile("OAS", "Organization of American States", "NON_UN_REGIONAL", null, null, null);

        JsonObject oecd = assertProfile("OECD", "Organization for the Economic Cooperation and Development",
                "NON_UN_GLOBAL", 1961, null, null);
        assertTrue(oecd.getString("mandate").startsWith("The Organization for the Economic Cooperation and "
                + "Development (OECD), created in 1961, is an international cooperation organization"), oecd.toString());
        assertTrue(oecd.getString("migrationInvolvement").contains("SOPEMI"), oecd.toString());
        assertTrue(oecd.getString("notes").contains("successor of EOEC"), oecd.toString());

        JsonObject iom = object(ok(get("api/organizations/IOM", "fp-pe")));
        assertEquals("OIM", iom.getString("acronymEs"));
        assertTrue(iom.getString("mandate").contains("created in 1951"), iom.toString());
    }

    @Test
    void organizationsAsInEdition2014() {
        assertEquals(34, array(ok(get("api/organizations?edition=2014", "observer"))).size());
        assertEquals(codes(array(ok(get("api/organizations", "observer")))),
                codes(array(ok(get("api/organizations?edition=2014", "observer")))));
        JsonObject oecd = object(ok(get("api/organizations/OECD?edition=2014", "observer")));
        assertEquals(object(ok(get("api/organizations/OECD", "observer"))), oecd);
    }

    // ---- editions

    @Test
    void edition2014IsPublishedAtRevision1() {
        JsonArray editions = array(ok(get("api/editions", "fp-uy")));
        assertEquals(1, editions.size());
        JsonObject edition = object(ok(get("api/editions/2014", "fp-uy")));
        assertEquals(editions.getJsonObject(0), edition);
        assertEquals(2014, edition.getInt("year"));
        assertEquals("Migration in the International System", edition.getString("title"));
        assertEquals("XIV South American Conference on Migration", edition.getString("event"));
        assertEquals("Lima, Peru", edition.getString("place"));
        assertEquals("2014-10-16", edition.getString("publishedOn"));
        assertEquals("PUBLISHED", edition.getString("state"));
        assertEquals(1, edition.getInt("frozenRevision"));
    }

    // ---- errors

    @Test
    void unknownThingsAre404Problems() {
        assertProblem(404, get("api/organizations/NOPE", "fp-pe"), "organization 'NOPE'");
        assertProblem(404, get("api/themes/99", "fp-pe"), "theme '99'");
        assertProblem(404, get("api/editions/1999", "fp-pe"), "edition '1999'");
        assertProblem(404, get("api/matrix?edition=1999", "fp-pe"), "edition '1999'");
        assertProblem(404, get("api/matrix?revision=999999", "fp-pe"), "revision '999999'");
        assertProblem(404, getCsv("api/matrix?edition=1999", "fp-pe"), "edition '1999'");
        assertProblem(404, get("api/organizations?edition=1999", "fp-pe"), "edition '1999'");
        assertProblem(404, get("api/organizations/UNHCR?revision=999999", "fp-pe"), "revision '999999'");
        assertProblem(404, get("api/matrix/cells/NOPE/1", "fp-pe"), "matrix cell 'NOPE/1'");
        assertProblem(404, get("api/matrix/cells/UNHCR/99", "fp-pe"), "matrix cell 'UNHCR/99'");
        assertProblem(404, get("api/matrix/cells/OECD/1", "fp-pe"), "matrix cell 'OECD/1'");
    }

    @Test
    void invalidParametersAre400Problems() {
        assertProblem(400, get("api/organizations?category=UN", "fp-pe"), null);
        assertProblem(400, get("api/organizations?inMatrix=maybe", "fp-pe"), null);
        assertProblem(400, get("api/matrix?edition=2014&revision=1", "fp-pe"), null);
    }

    @Test
    void anonymousCallsAre401Problems() {
        for (String path : List.of("api/organizations", "api/organizations/UNHCR", "api/themes", "api/themes/1",
                "api/matrix", "api/matrix?edition=2014", "api/matrix/cells/UNHCR/1", "api/editions", "api/editions/2014")) {
            HttpResponse<String> response = Api.getAnonymous(path);
            assertProblem(401, response, null);
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
        }
        assertProblem(401, Api.send(Api.request("api/matrix").header("Accept", "text/csv").GET()), null);
    }

    @Test
    void everyRoleMayRead() {
        for (String user : List.of("fp-ve", "sec-luis", "sys-admin", "observer")) {
            assertEquals(754, object(ok(get("api/matrix", user))).getJsonArray("cells").size(), user);
            assertEquals(200, get("api/organizations/UNHCR", user).statusCode(), user);
            assertEquals(200, get("api/editions/2014", user).statusCode(), user);
            assertEquals(200, getCsv("api/matrix", user).statusCode(), user);
        }
    }

    // ---- helpers

    /** Columns, rows and all 754 cells of {@code matrix} are those of the annex, in its order. */
    private static void assertMatrixIsTheAnnex(JsonObject matrix) {
        List<JsonObject> columns = matrix.getJsonArray("columns").getValuesAs(JsonObject.class);
        assertEquals(ANNEX.labels(), columns.stream().map(column -> column.getString("label")).toList());
        assertEquals(IntStream.rangeClosed(1, 26).boxed().toList(),
                columns.stream().map(column -> column.getInt("position")).toList());

        List<JsonObject> themes = matrix.getJsonArray("themes").getValuesAs(JsonObject.class);
        assertEquals(ANNEX.rows().stream().map(row -> row.get(0) + " " + row.get(1)).toList(),
                themes.stream().map(theme -> theme.getInt("number") + " " + theme.getString("title")).toList());

        Map<String, String> labelOf = new HashMap<>();
        columns.forEach(column -> labelOf.put(column.getString("organization"), column.getString("label")));
        Map<String, String> actual = new HashMap<>();
        for (JsonObject cell : matrix.getJsonArray("cells").getValuesAs(JsonObject.class)) {
            assertEquals(Level.valueOf(cell.getString("level")).symbol(), cell.getString("symbol"), cell.toString());
            actual.put(labelOf.get(cell.getString("organization")) + " × " + cell.getInt("theme"), cell.getString("symbol"));
        }
        assertEquals(754, matrix.getJsonArray("cells").size());
        List<String> differences = new ArrayList<>();
        for (List<String> row : ANNEX.rows()) {
            for (int column = 0; column < ANNEX.labels().size(); column++) {
                String cell = ANNEX.labels().get(column) + " × " + row.get(0);
                String expected = Annex2014.mark(row, column);
                if (!expected.equals(actual.get(cell))) {
                    differences.add(cell + ": annex '" + expected + "', API '" + actual.get(cell) + "'");
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    private static JsonObject assertProfile(String code, String name, String category, Integer founded,
                                            Integer position, String label) {
        JsonObject profile = object(ok(get("api/organizations/" + code, "fp-pe")));
        assertEquals(code, profile.getString("code"));
        assertEquals(name, profile.getString("name"));
        assertEquals(category, profile.getString("category"));
        if (founded == null) {
            assertFalse(profile.containsKey("foundingYear"), profile.toString());
        } else {
            assertEquals(founded, profile.getInt("foundingYear"), code);
        }
        if (position == null) {
            assertFalse(profile.containsKey("matrixPosition"), profile.toString());
            assertFalse(profile.containsKey("matrixLabel"), profile.toString());
        } else {
            assertEquals(position, profile.getInt("matrixPosition"), code);
            assertEquals(label, profile.getString("matrixLabel"), code);
        }
        assertTrue(profile.getString("mandate", "").length() > 100 || profile.getString("migrationInvolvement", "")
                .length() > 100, code + " has its profile text");
        return profile;
    }

    private static void assertProblem(int status, HttpResponse<String> response, String detailContains) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.contentType(response));
        JsonObject problem = Api.json(response);
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("title").length() > 3, response.body());
        if (detailContains != null) {
            assertTrue(problem.getString("detail").contains(detailContains), response.body());
        }
    }

    private static JsonObject cellOf(JsonObject matrix, String organization, int theme) {
        return matrix.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .filter(cell -> cell.getString("organization").equals(organization) && cell.getInt("theme") == theme)
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + organization + " × " + theme));
    }

    private static long count(List<String> marks, String mark) {
        return marks.stream().filter(mark::equals).count();
    }

    private static List<String> codes(JsonArray organizations) {
        return organizations.getValuesAs(JsonObject.class).stream().map(organization -> organization.getString("code")).toList();
    }

    private static long cellId(Connection db, String organization, int theme) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                select i.id from involvement i join organization o on o.id = i.organization_id
                join theme t on t.id = i.theme_id where o.code = ? and t.number = ?""")) {
            query.setString(1, organization);
            query.setInt(2, theme);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        }
    }

    /** Changes a cell's level in a new revision, with the audit rows Envers' validity strategy writes. */
    private static long laterRevision(Connection db, long cell, String level) throws SQLException {
        long revision;
        try (PreparedStatement insert = db.prepareStatement("""
                insert into revision (id, rev_timestamp, actor_username, action, reason)
                values (nextval('revision_seq'), ?, 'mapping-read-it', 'test change', 'MappingReadIT') returning id""")) {
            insert.setLong(1, System.currentTimeMillis());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                revision = row.getLong(1);
            }
        }
        execute(db, "update involvement set level = ?, version = version + 1 where id = ?", level, cell);
        execute(db, "update involvement_aud set revend = ?, revend_tstmp = now() where id = ? and revend is null",
                revision, cell);
        execute(db, """
                insert into involvement_aud (id, rev, revtype, organization_id, theme_id, level, note)
                select id, ?, 1, organization_id, theme_id, level, note from involvement where id = ?""", revision, cell);
        return revision;
    }

    private static void undoLaterRevision(Connection db, long cell, long revision, String level) throws SQLException {
        execute(db, "delete from involvement_aud where rev = ?", revision);
        execute(db, "update involvement_aud set revend = null, revend_tstmp = null where id = ? and revend = ?",
                cell, revision);
        execute(db, "update involvement set level = ?, version = version - 1 where id = ?", level, cell);
        // every committed revision is linked into the hash chain at commit; this one's link is the last
        execute(db, "delete from revision_link where revision = ?", revision);
        execute(db, "delete from revision where id = ?", revision);
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static HttpResponse<String> get(String path, String user) {
        return Api.get(path, token(user));
    }

    private static HttpResponse<String> getCsv(String path, String user) {
        return Api.send(Api.request(path, token(user)).header("Accept", "text/csv").GET());
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Api.json(response);
    }

    private static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private record Token(String value, Instant fetched) {
    }

    private static String token(String user) {
        Token token = TOKENS.get(user);
        if (token == null || token.fetched().plus(TOKEN_REUSE).isBefore(Instant.now())) {
            token = new Token(Tokens.of(user), Instant.now());
            TOKENS.put(user, token);
        }
        return token.value();
    }
}
