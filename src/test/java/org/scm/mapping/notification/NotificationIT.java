package org.scm.mapping.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.testing.ProposalSteps.act;
import static org.scm.mapping.testing.ProposalSteps.addItem;
import static org.scm.mapping.testing.ProposalSteps.cellItem;
import static org.scm.mapping.testing.ProposalSteps.create;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Db;
import org.scm.mapping.testing.Mailbox;
import org.scm.mapping.testing.Mailbox.Mail;

/**
 * Who is told what, in which language, by e-mail (read from the tests' GreenMail) and in the app; a mail
 * server that is down during an approval; e-mail turned off; the Atom feed. Uses the cells IFAD × 1–10,
 * which no other test changes. Languages come from the realm's {@code locale} attributes: fp-br pt-BR,
 * fp-pe and sec-ana es, sec-luis en.
 */
@Isolated("it counts every notification and stops the mail server")
class NotificationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void eachStepOfTheWorkflowMailsTheRightPeopleInTheirLanguageAndShowsInTheApp() throws SQLException {
        String title = marker("Brazil");
        long proposal = create("fp-br", title);
        addItem("fp-br", proposal, cellItem("IFAD", 1, otherLevel(1)));
        long notificationsBefore = Db.count("select count(*) from notification");

        act("fp-br", proposal, "submit", "{}");
        Mail spanish = Mailbox.awaitOne("sec-ana", title);
        assertTrue(spanish.subject().contains("Propuesta " + proposal + " de BR enviada"), spanish.subject());
        assertTrue(spanish.body().startsWith("Hola, Ana Torres:"), spanish.body());
        assertTrue(spanish.body().contains(appUrl() + "proposals/" + proposal), spanish.body());
        Mail english = Mailbox.awaitOne("sec-luis", title);
        assertTrue(english.subject().contains("Proposal " + proposal + " of BR submitted"), english.subject());
        assertTrue(english.body().contains("fp-br submitted proposal " + proposal), english.body());

        Api.as("sec-ana")
                .post("api/proposals/" + proposal + "/comments", "{\"text\":\"Which page of the report?\"}")
                .expect(201);
        Mail comment = Mailbox.awaitOne("fp-br", "Novo comentário na proposta " + proposal);
        assertTrue(comment.body().contains("> Which page of the report?"), comment.body());

        act("sec-ana", proposal, "request-changes", "{\"reason\":\"cite the page\"}");
        Mail changes = Mailbox.awaitOne("fp-br", "Alterações solicitadas na proposta " + proposal);
        assertTrue(changes.body().contains("Motivo: cite the page"), changes.body());

        act("fp-br", proposal, "submit", "{}");
        act("sec-luis", proposal, "approve", "{\"reason\":\"page 12 confirms it\"}");
        Mail approved = Mailbox.awaitOne("fp-br", "Proposta " + proposal + " aprovada");
        assertTrue(approved.body().startsWith("Olá, Focal Point Brazil"), approved.body());
        assertTrue(approved.body().contains(appUrl() + "proposals/" + proposal), approved.body());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.to("sec-ana", title).size() == 2);
        assertEquals(2, Mailbox.to("sec-luis", title).size(), "submitted twice");
        assertEquals(List.of(), Mailbox.to("fp-br", "enviada: " + title), "nobody is told what they did");
        assertEquals(List.of(), Mailbox.to("fp-pe", title), "another country is told nothing");
        assertEquals(
                notificationsBefore + 5,
                Db.count("select count(*) from notification"),
                "submitted, comment, changes requested, submitted, approved");

        JsonObject inbox = Api.as("fp-br").get("api/notifications?size=100").ok();
        List<JsonObject> mine = about(inbox, proposal);
        assertEquals(
                List.of("PROPOSAL_APPROVED", "CHANGES_REQUESTED", "COMMENT_ADDED"),
                mine.stream().map(item -> item.getString("kind")).toList());
        assertEquals("/proposals/" + proposal, mine.get(0).getString("link"));
        assertFalse(mine.get(0).getBoolean("read"));
        long unread = Api.as("fp-br")
                .get("api/notifications/unread-count")
                .ok()
                .getJsonNumber("unread")
                .longValue();
        assertTrue(unread >= 3, "unread " + unread);

        long first = mine.get(0).getJsonNumber("id").longValue();
        assertTrue(Api.as("fp-br")
                .post("api/notifications/" + first + "/read", null)
                .ok()
                .getBoolean("read"));
        assertEquals(
                unread - 1,
                Api.as("fp-br")
                        .get("api/notifications/unread-count")
                        .ok()
                        .getJsonNumber("unread")
                        .longValue());
        assertTrue(about(
                        Api.as("fp-br")
                                .get("api/notifications?unread=true&size=100")
                                .ok(),
                        proposal)
                .stream()
                .noneMatch(item -> item.getJsonNumber("id").longValue() == first));

        assertEquals(
                List.of("PROPOSAL_SUBMITTED", "PROPOSAL_SUBMITTED"),
                about(Api.as("sec-ana").get("api/notifications?size=100").ok(), proposal).stream()
                        .map(item -> item.getString("kind"))
                        .toList());
        assertEquals(
                List.of(),
                about(Api.as("fp-pe").get("api/notifications?size=100").ok(), proposal));

        long reads = Db.count("select count(*) from notification_read");
        Api.as("fp-pe").post("api/notifications/" + first + "/read", null).problem(404);
        Api.as("fp-br").post("api/notifications/999999999/read", null).problem(404);
        assertEquals(reads, Db.count("select count(*) from notification_read"), "a refused read stores nothing");

        assertEquals(
                0,
                Api.as("fp-br")
                        .post("api/notifications/read-all", null)
                        .ok()
                        .getJsonNumber("unread")
                        .longValue());
        assertEquals(
                0,
                Api.as("fp-br")
                        .get("api/notifications")
                        .ok()
                        .getJsonNumber("unread")
                        .longValue());
        Api.anonymous().get("api/notifications").problem(401);
        Api.as("fp-br").get("api/notifications?size=1000").fieldProblem("size");
    }

    @Test
    void decisionsReachEveryFocalPointOfTheCountryInSpanish() throws SQLException {
        String title = marker("Peru");
        long partly = create("fp-pe", title);
        addItem("fp-pe", partly, cellItem("IFAD", 2, otherLevel(2)));
        JsonObject withTwo = addItem("fp-pe", partly, cellItem("IFAD", 3, otherLevel(3)));
        long second = withTwo.getJsonArray("items")
                .getJsonObject(1)
                .getJsonNumber("id")
                .longValue();
        act("fp-pe", partly, "submit", "{}");
        act(
                "sec-ana",
                partly,
                "approve",
                "{\"decisions\":[{\"item\":" + second + ",\"accept\":false,\"reason\":\"no source for theme 3\"}]}");
        Mail partial = Mailbox.awaitOne("fp-pe", "Propuesta " + partly + " aprobada parcialmente");
        assertTrue(partial.body().contains("La Secretaría Técnica aprobó parcialmente"), partial.body());

        long rejected = create("fp-pe", title + " (2)");
        addItem("fp-pe", rejected, cellItem("IFAD", 4, otherLevel(4)));
        act("fp-pe", rejected, "submit", "{}");
        act("sec-luis", rejected, "reject", "{\"reason\":\"out of scope\"}");
        Mail no = Mailbox.awaitOne("fp-pe", "Propuesta " + rejected + " rechazada");
        assertTrue(no.body().contains("Motivo: out of scope"), no.body());
        assertEquals(List.of(), Mailbox.to("fp-br", title), "only Peru's focal points");
    }

    @Test
    void anApprovalWhileTheMailServerIsDownSucceedsAndItsMailIsSentWhenTheServerIsBack() throws SQLException {
        String title = marker("down");
        long proposal = create("fp-pe", title);
        addItem("fp-pe", proposal, cellItem("IFAD", 5, otherLevel(5)));
        act("fp-pe", proposal, "submit", "{}");
        Mailbox.awaitOne("sec-ana", title);

        StackSession.current().mail().down();
        try {
            JsonObject approved = act("sec-ana", proposal, "approve", "{\"reason\":\"confirmed\"}");
            assertEquals("APPROVED", approved.getString("status"), "the mail server has no say in the workflow");
            await().atMost(Duration.ofSeconds(60)).until(() -> Db.count("""
                                    select count(*) from notification_mail m join notification n on n.id = m.notification_id
                                    where n.proposal_id = ? and n.kind = 'PROPOSAL_APPROVED' and m.username = 'fp-pe'
                                      and m.sent_at is null and m.attempts > 0""", proposal) == 1);
            assertEquals(List.of(), Mailbox.to("fp-pe", "Propuesta " + proposal + " aprobada"));
        } finally {
            StackSession.current().mail().up();
        }
        Mail late = Mailbox.awaitOne("fp-pe", "Propuesta " + proposal + " aprobada");
        assertTrue(late.body().contains(appUrl() + "proposals/" + proposal), late.body());
    }

    @Test
    void aUserWithEmailOffGetsNoMailButTheNotificationInTheApp() throws SQLException {
        assertTrue(Api.as("fp-ec").get("api/notifications/settings").ok().getBoolean("emailEnabled"));
        Api.as("fp-ec")
                .put("api/notifications/settings", "{\"emailEnabled\":\"no\"}")
                .fieldProblem("emailEnabled");
        Api.as("fp-ec").put("api/notifications/settings", "{}").fieldProblem("emailEnabled");
        assertTrue(
                Api.as("fp-ec").get("api/notifications/settings").ok().getBoolean("emailEnabled"),
                "bad input changes nothing");
        assertFalse(Api.as("fp-ec")
                .put("api/notifications/settings", "{\"emailEnabled\":false}")
                .ok()
                .getBoolean("emailEnabled"));
        try {
            String title = marker("Ecuador");
            long proposal = create("fp-ec", title);
            addItem("fp-ec", proposal, cellItem("IFAD", 6, otherLevel(6)));
            act("fp-ec", proposal, "submit", "{}");
            act("sec-ana", proposal, "approve", "{\"reason\":\"fine\"}");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Db.count(
                                    "select count(*) from notification where proposal_id = ? and kind = 'PROPOSAL_APPROVED'"
                                            + " and mails_prepared_at is not null",
                                    proposal)
                            == 1);
            assertEquals(
                    0,
                    Db.count(
                            "select count(*) from notification_mail m join notification n on n.id = m.notification_id"
                                    + " where n.proposal_id = ? and m.username = 'fp-ec'",
                            proposal));
            Mailbox.awaitOne("sec-luis", title);
            assertEquals(List.of(), Mailbox.to("fp-ec", title));
            assertEquals(
                    List.of("PROPOSAL_APPROVED"),
                    about(Api.as("fp-ec").get("api/notifications?size=100").ok(), proposal).stream()
                            .map(item -> item.getString("kind"))
                            .toList());
        } finally {
            Api.as("fp-ec")
                    .put("api/notifications/settings", "{\"emailEnabled\":true}")
                    .ok();
        }
    }

    @Test
    void theFeedIsAtomWithAppliedChangesAndFollowsAPersonalAddress() throws Exception {
        String title = marker("feed");
        long proposal = create("fp-pe", title);
        addItem("fp-pe", proposal, cellItem("IFAD", 7, otherLevel(7)));
        act("fp-pe", proposal, "submit", "{}");
        act("sec-ana", proposal, "approve", "{\"reason\":\"for the feed\"}");

        Api.Response bearer = Api.as("observer")
                .accept("application/atom+xml")
                .get("api/feed.atom")
                .expect(200);
        assertTrue(bearer.contentType().startsWith("application/atom+xml"), bearer.contentType());
        SyndFeed feed = new SyndFeedInput().build(new StringReader(bearer.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        SyndEntry applied = feed.getEntries().stream()
                .filter(entry -> entry.getTitle().startsWith("Proposal " + proposal + " of PE applied"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for proposal " + proposal + " in " + bearer.body()));
        assertTrue(
                applied.getContents().get(0).getValue().contains("IFAD × theme 7"),
                applied.getContents().toString());
        assertTrue(applied.getLink().startsWith(appUrl() + "compare?from=rev:"), applied.getLink());
        assertTrue(
                feed.getEntries().stream().anyMatch(entry -> entry.getUri().equals("urn:scm-mapping:edition:2014")),
                "published editions are in it");

        Api.anonymous().get("api/feed.atom").problem(401);
        JsonObject address = Api.as("observer")
                .post("api/notifications/feed-token", null)
                .expect(201)
                .json();
        String url = address.getString("url");
        assertTrue(url.startsWith(appUrl() + "feeds/") && url.endsWith(".atom"), url);
        assertTrue(Api.as("observer").get("api/notifications/settings").ok().getBoolean("feedToken"));
        HttpResponse<String> followed = anonymousGet(url);
        assertEquals(200, followed.statusCode(), followed.body());
        assertTrue(new SyndFeedInput()
                .build(new StringReader(followed.body())).getEntries().stream()
                        .anyMatch(entry -> entry.getUri().equals(applied.getUri())));

        assertEquals(
                404,
                anonymousGet(appUrl() + "feeds/" + "A".repeat(43) + ".atom").statusCode());
        Api.as("observer").delete("api/notifications/feed-token").expect(204);
        assertEquals(404, anonymousGet(url).statusCode(), "a revoked address stops working");
    }

    private static HttpResponse<String> anonymousGet(String url) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The notifications of an inbox about one proposal, newest first. */
    private static List<JsonObject> about(JsonObject inbox, long proposal) {
        return inbox.getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(item -> !item.isNull("proposal")
                        && item.getJsonNumber("proposal").longValue() == proposal)
                .toList();
    }

    /** A level other than the cell's current one, so the item changes something. */
    private static String otherLevel(int theme) throws SQLException {
        return Db.level("IFAD", theme).equals("STRONG") ? "INVOLVED" : "STRONG";
    }

    private static String marker(String what) {
        return "IFAD mail " + what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String appUrl() {
        return StackSession.current().appUrl();
    }
}
