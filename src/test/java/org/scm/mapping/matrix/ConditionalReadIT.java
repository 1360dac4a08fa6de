package org.scm.mapping.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.testing.ProposalSteps.addItem;
import static org.scm.mapping.testing.ProposalSteps.approved;
import static org.scm.mapping.testing.ProposalSteps.cellItem;
import static org.scm.mapping.testing.ProposalSteps.create;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Tokens;

/**
 * Reads are answered from kept snapshots: a strong ETag per content, 304 on If-None-Match, gzip when the
 * client accepts it — and never stale: a commit is visible to the next read. Its cells: DESA × 1 and 2.
 */
class ConditionalReadIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aReadHasAStrongTagAndAnswers304WhenTheClientHasIt() {
        Api.Response first = Api.as("observer").get("api/matrix?edition=2014");
        first.expect(200);
        String tag = first.etag();
        assertTrue(tag.matches("\"[A-Za-z0-9_-]+\""), "a strong tag: " + tag);
        String cacheControl = first.header("Cache-Control").orElseThrow();
        assertTrue(cacheControl.contains("private") && cacheControl.contains("no-cache"), cacheControl);
        assertFalse(cacheControl.contains("no-store"), cacheControl);
        assertTrue(first.header("Vary").orElseThrow().contains("Accept-Encoding"));

        Api.Response again = Api.as("fp-ar").header("If-None-Match", tag).get("api/matrix?edition=2014");
        again.expect(304);
        assertEquals("", again.body());
        assertEquals(tag, again.etag());

        Api.as("observer")
                .header("If-None-Match", "\"something-else\"")
                .get("api/matrix?edition=2014")
                .expect(200);
        Api.as("observer")
                .header("If-None-Match", "W/" + tag)
                .get("api/matrix?edition=2014")
                .expect(304);
    }

    @Test
    void gzipIsSentWhenAcceptedAndHoldsTheSameAnswer() throws Exception {
        HttpResponse<byte[]> plain = raw("api/matrix?revision=1", "identity");
        HttpResponse<byte[]> zipped = raw("api/matrix?revision=1", "gzip, deflate");

        assertEquals(200, zipped.statusCode());
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(zipped.body().length * 4 < plain.body().length, "gzip shrinks the matrix");
        assertArrayEquals(plain.body(), gunzip(zipped.body()));
        assertNotEquals(
                plain.headers().firstValue("ETag").orElseThrow(),
                zipped.headers().firstValue("ETag").orElseThrow(),
                "each coding has its own strong tag");
        assertEquals(200, raw("api/matrix?revision=1", "gzip;q=0").statusCode());
        assertFalse(raw("api/matrix?revision=1", "gzip;q=0")
                .headers()
                .firstValue("Content-Encoding")
                .isPresent());
    }

    @Test
    void anApprovalIsVisibleToTheNextReadAndChangesTheTag() {
        Api.Response before = Api.as("observer").get("api/matrix");
        String levelBefore = levelOf(before.json(), "DESA", 2);
        assertEquals(
                levelBefore,
                Api.as("observer").get("api/matrix/cells/DESA/2").ok().getString("level"));

        approved("fp-pe", "sec-ana", cellItem("DESA", 2, levelBefore.equals("STRONG") ? "NONE" : "STRONG"));

        Api.Response after =
                Api.as("observer").header("If-None-Match", before.etag()).get("api/matrix");
        after.expect(200);
        assertNotEquals(before.etag(), after.etag());
        assertNotEquals(levelBefore, levelOf(after.json(), "DESA", 2));
        assertNotEquals(
                levelBefore,
                Api.as("observer").get("api/matrix/cells/DESA/2").ok().getString("level"));
    }

    @Test
    void aCellShowsEachViewerTheOpenProposalsThatViewerMaySee() {
        String cell = "api/matrix/cells/DESA/1";
        int peruBefore = openProposals(Api.as("fp-pe").get(cell).ok());
        int argentinaBefore = openProposals(Api.as("fp-ar").get(cell).ok());

        long draft = create("fp-pe", "a draft about DESA × 1");
        addItem("fp-pe", draft, cellItem("DESA", 1, "STRONG"));

        assertEquals(peruBefore + 1, openProposals(Api.as("fp-pe").get(cell).ok()), "the draft's own country");
        assertEquals(argentinaBefore, openProposals(Api.as("fp-ar").get(cell).ok()), "not another country's draft");
        assertEquals(0, openProposals(Api.as("sec-ana").get(cell).ok()), "not a draft never submitted");
        assertEquals(
                "no-store", Api.as("fp-pe").get(cell).header("Cache-Control").orElseThrow(), "per viewer");
    }

    @Test
    void theAnnexCsvIsKeptToo() {
        Api.Response csv = Api.as("observer").accept("text/csv").get("api/matrix?edition=2014");
        csv.expect(200);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").orElseThrow().contains("scm-mapping-2014.csv"));
        assertNotEquals(Api.as("observer").get("api/matrix?edition=2014").etag(), csv.etag());
        Api.as("observer")
                .accept("text/csv")
                .header("If-None-Match", csv.etag())
                .get("api/matrix?edition=2014")
                .expect(304);
    }

    @Test
    void anUnknownOrganizationIsStillA404AndIsNotKept() {
        Api.as("observer").get("api/organizations/NO-SUCH-ORG").problem(404);
        Api.as("observer").get("api/organizations/NO-SUCH-ORG").problem(404);
        Api.as("observer").get("api/matrix/cells/NO-SUCH-ORG/1").problem(404);
    }

    private static int openProposals(JsonObject cell) {
        return cell.getJsonArray("openProposals").size();
    }

    private static String levelOf(JsonObject matrix, String organization, int theme) {
        return matrix.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .filter(cell -> cell.getString("organization").equals(organization) && cell.getInt("theme") == theme)
                .findFirst()
                .orElseThrow()
                .getString("level");
    }

    private static HttpResponse<byte[]> raw(String path, String acceptEncoding) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(Api.uri(path))
                        .header("Authorization", "Bearer " + Tokens.of("observer"))
                        .header("Accept-Encoding", acceptEncoding)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] zipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }
}
