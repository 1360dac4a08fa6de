package org.scm.mapping.testing;

import jakarta.json.JsonObject;

/**
 * The steps proposal tests are written in, on {@link Api}. Cell items claim their cell for the calling
 * test class ({@link TestData}), so two classes never change the same cell.
 */
public final class ProposalSteps {

    private ProposalSteps() {}

    /** A new draft of {@code user}'s country; its id. */
    public static long create(String user, String title) {
        return Api.as(user)
                .post("api/proposals", "{\"title\":\"" + title + "\",\"rationale\":\"for a test\"}")
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
    }

    /** A cell item with a note, a justification and one source. */
    public static String cellItem(String organization, int theme, String level) {
        TestData.cell(organization, theme);
        return """
                {"kind":"CELL_LEVEL","organization":"%s","theme":%d,"level":"%s","note":"test note",
                 "justification":"seen in the 2024 annual report",
                 "sources":[{"citation":"Annual report 2024, p. 12","url":"https://example.org/report"}]}
                """.formatted(organization, theme, level);
    }

    /** Adds an item at the version {@code user} sees now; the proposal after it. */
    public static JsonObject addItem(String user, long proposal, String item) {
        return postItem(user, proposal, item).expect(201).json();
    }

    public static Api.Response postItem(String user, long proposal, String item) {
        return Api.as(user).ifMatch(etag(user, proposal)).post("api/proposals/" + proposal + "/items", item);
    }

    /** A transition or an approval by {@code user}, at the version that user sees now; must succeed. */
    public static JsonObject act(String user, long proposal, String action, String body) {
        return actAsSeen(user, proposal, action, body).expect(200).json();
    }

    public static Api.Response actAsSeen(String user, long proposal, String action, String body) {
        return Api.as(user).ifMatch(etag(user, proposal)).post("api/proposals/" + proposal + "/" + action, body);
    }

    public static JsonObject get(String user, long proposal) {
        return Api.as(user).get("api/proposals/" + proposal).ok();
    }

    public static String etag(String user, long proposal) {
        return Api.as(user).get("api/proposals/" + proposal).expect(200).etag();
    }

    /**
     * A proposal of {@code focalPoint}'s country with one item, submitted and approved by
     * {@code reviewer}; the approved proposal.
     */
    public static JsonObject approved(String focalPoint, String reviewer, String item) {
        long proposal = create(focalPoint, "approved in a test");
        addItem(focalPoint, proposal, item);
        act(focalPoint, proposal, "submit", "{}");
        return act(reviewer, proposal, "approve", "{\"reason\":\"approved in a test\"}");
    }
}
