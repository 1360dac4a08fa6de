package org.scm.mapping.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scm.mapping.edition.EditionState;
import org.scm.mapping.proposal.ProposalStatus;

class MailTextTest {

    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    private static final String URL = "https://scm.example.org/";

    private static Notification approved() {
        return Notification.aboutProposal(
                NotificationKind.PROPOSAL_APPROVED,
                12,
                "BR",
                "Remittances row",
                "sec-ana",
                "page 12 confirms it",
                Set.of(),
                AT);
    }

    @Test
    void anApprovalIsWrittenInEachLanguageWithTheReasonAndTheLink() {
        MailText.Mail pt = MailText.render(approved(), Language.PT, "Focal Point Brazil", URL);
        assertEquals("[SCM Mapping] Proposta 12 aprovada: Remittances row", pt.subject());
        assertEquals("""
                Olá, Focal Point Brazil,

                A Secretaria Técnica aprovou a proposta 12, “Remittances row”. Suas alterações já estão no mapeamento.

                Motivo: page 12 confirms it

                Abrir: https://scm.example.org/proposals/12

                --\s
                Você recebe este e-mail do SCM Mapping por causa da sua função. Para não recebê-los mais, desative o e-mail em https://scm.example.org/notifications
                """, pt.body());

        MailText.Mail es = MailText.render(approved(), Language.ES, "Ana", URL);
        assertEquals("[SCM Mapping] Propuesta 12 aprobada: Remittances row", es.subject());
        assertTrue(es.body().startsWith("Hola, Ana:\n\nLa Secretaría Técnica aprobó la propuesta 12"), es.body());
        assertTrue(es.body().contains("Motivo: page 12 confirms it"));

        MailText.Mail en = MailText.render(approved(), Language.EN, "Luis", URL);
        assertEquals("[SCM Mapping] Proposal 12 approved: Remittances row", en.subject());
        assertTrue(en.body().contains("Reason: page 12 confirms it"));
        assertTrue(en.body().contains("Open it: https://scm.example.org/proposals/12"));
    }

    @Test
    void everyKindHasItsTextInEveryLanguage() {
        for (NotificationKind kind : NotificationKind.values()) {
            Notification notification = kind.aboutEdition()
                    ? Notification.aboutEdition(kind, 2026, "Migration in the International System, 2026", AT)
                    : Notification.aboutProposal(kind, 7, "PE", "A title", "fp-pe", null, Set.of("sec-ana"), AT);
            for (Language language : Language.values()) {
                MailText.Mail mail = MailText.render(notification, language, "Someone", URL);
                assertFalse(mail.subject().contains("{"), kind + " " + language + ": " + mail.subject());
                assertFalse(mail.body().contains("{"), kind + " " + language + ": " + mail.body());
                assertTrue(
                        mail.body().contains(kind.aboutEdition() ? URL + "editions" : URL + "proposals/7"),
                        mail.body());
            }
        }
    }

    @Test
    void anEditionOpeningNamesTheYearAndTheTitle() {
        Notification opened = Notification.aboutEdition(NotificationKind.EDITION_OPENED, 2026, "Update 2026", AT);
        assertEquals(
                "[SCM Mapping] La edición 2026 del mapeo está abierta a propuestas",
                MailText.render(opened, Language.ES, "x", URL).subject());
        assertTrue(MailText.render(opened, Language.PT, "x", URL)
                .body()
                .contains("A Secretaria Técnica abriu a edição 2026, “Update 2026”"));
    }

    @Test
    void aCommentIsQuotedAndATitleCannotInjectPlaceholdersOrLines() {
        Notification comment = Notification.aboutProposal(
                NotificationKind.COMMENT_ADDED,
                3,
                "PE",
                "{link}\r\nBcc: someone",
                "sec-ana",
                "First line\nsecond line",
                Set.of("fp-pe"),
                AT);
        MailText.Mail mail = MailText.render(comment, Language.EN, "Peru", URL);
        assertEquals("[SCM Mapping] New comment on proposal 3: {link} Bcc: someone", mail.subject());
        assertTrue(mail.body().contains("sec-ana commented on proposal 3"), mail.body());
        assertTrue(mail.body().contains("> First line\n> second line\n"), mail.body());
    }

    @Test
    void theLanguageIsTheRecipientsLocaleElseSpanish() {
        assertEquals(Language.PT, Language.of("pt-BR"));
        assertEquals(Language.PT, Language.of("pt"));
        assertEquals(Language.EN, Language.of("en"));
        assertEquals(Language.EN, Language.of("en_GB"));
        assertEquals(Language.ES, Language.of("es"));
        assertEquals(Language.ES, Language.of(null));
        assertEquals(Language.ES, Language.of("nl"));
    }

    @Test
    void onlyEventsPeopleNeedToKnowAreNotified() {
        assertEquals(
                NotificationKind.PROPOSAL_SUBMITTED,
                NotificationKind.of(ProposalStatus.SUBMITTED).orElseThrow());
        assertTrue(NotificationKind.of(ProposalStatus.WITHDRAWN).isEmpty());
        assertTrue(NotificationKind.of(ProposalStatus.DRAFT).isEmpty());
        assertTrue(NotificationKind.of(EditionState.FROZEN).isEmpty());
        assertEquals(
                Audience.ALL_FOCAL_POINTS,
                NotificationKind.of(EditionState.PUBLISHED).orElseThrow().audience());
        assertEquals(Audience.SECRETARIAT, NotificationKind.PROPOSAL_SUBMITTED.audience());
        assertEquals(Audience.COUNTRY_FOCAL_POINTS, NotificationKind.PROPOSAL_REJECTED.audience());
    }

    @Test
    void nobodyIsToldWhatTheyDidThemselves() {
        Notification comment = Notification.aboutProposal(
                NotificationKind.COMMENT_ADDED, 3, "PE", "t", "fp-pe", "hi", Set.of("fp-pe", "sec-ana"), AT);
        assertEquals(Set.of("sec-ana"), comment.getUsers());
    }
}
