package org.scm.mapping.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.scm.mapping.testing.Api;

/** What ClusterIT and ClusterConflictAndFailoverIT do through one instance or the other. */
final class ClusterSteps {

    static final String SESSION_COOKIE = "JSESSIONID";

    private ClusterSteps() {}

    static Api.Response me(String instance, String cookie) {
        return Api.anonymous()
                .at(instance)
                .header("Cookie", SESSION_COOKIE + "=" + cookie)
                .get("api/me");
    }

    static String sessionCookie(WebDriver driver) {
        Cookie cookie = driver.manage().getCookieNamed(SESSION_COOKIE);
        assertTrue(cookie != null, "no session cookie after sign-in");
        return cookie.getValue();
    }

    /** A submitted proposal of {@code focalPoint}'s country with one item, written through {@code instance}. */
    static long proposal(String instance, String focalPoint, String title, String item) {
        Api api = Api.as(focalPoint).at(instance);
        long id = api.post("api/proposals", "{\"title\":\"" + title + "\",\"rationale\":\"two instances\"}")
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        api.ifMatch(etag(instance, focalPoint, id))
                .post("api/proposals/" + id + "/items", item)
                .expect(201);
        api.ifMatch(etag(instance, focalPoint, id))
                .post("api/proposals/" + id + "/submit", "{}")
                .expect(200);
        return id;
    }

    static String etag(String instance, String user, long proposal) {
        return Api.as(user)
                .at(instance)
                .get("api/proposals/" + proposal)
                .expect(200)
                .etag();
    }

    static String level(String instance, int theme) {
        return Api.as("observer")
                .at(instance)
                .get("api/matrix/cells/UNDP/" + theme)
                .ok()
                .getString("level");
    }
}
