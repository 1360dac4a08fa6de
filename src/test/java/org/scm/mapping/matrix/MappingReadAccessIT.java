package org.scm.mapping.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Api;

/** Reading the mapping: every role may; anonymous callers, unknown things and invalid parameters get problem+json. */
class MappingReadAccessIT {

    @Test
    void unknownThingsAre404Problems() {
        Api fp = Api.as("fp-pe");
        assertProblem(404, fp.get("api/organizations/NOPE"), "organization 'NOPE'");
        assertProblem(404, fp.get("api/themes/99"), "theme '99'");
        assertProblem(404, fp.get("api/editions/1999"), "edition '1999'");
        assertProblem(404, fp.get("api/matrix?edition=1999"), "edition '1999'");
        assertProblem(404, fp.get("api/matrix?revision=999999"), "revision '999999'");
        assertProblem(404, fp.accept("text/csv").get("api/matrix?edition=1999"), "edition '1999'");
        assertProblem(404, fp.get("api/organizations?edition=1999"), "edition '1999'");
        assertProblem(404, fp.get("api/organizations/UNHCR?revision=999999"), "revision '999999'");
        assertProblem(404, fp.get("api/matrix/cells/NOPE/1"), "matrix cell 'NOPE/1'");
        assertProblem(404, fp.get("api/matrix/cells/UNHCR/99"), "matrix cell 'UNHCR/99'");
        assertProblem(404, fp.get("api/matrix/cells/OECD/1"), "matrix cell 'OECD/1'");
    }

    @Test
    void invalidParametersAre400Problems() {
        assertProblem(400, Api.as("fp-pe").get("api/organizations?category=UN"), null);
        assertProblem(400, Api.as("fp-pe").get("api/organizations?inMatrix=maybe"), null);
        assertProblem(400, Api.as("fp-pe").get("api/matrix?edition=2014&revision=1"), null);
    }

    @Test
    void anonymousCallsAre401Problems() {
        for (String path : List.of(
                "api/organizations",
                "api/organizations/UNHCR",
                "api/themes",
                "api/themes/1",
                "api/matrix",
                "api/matrix?edition=2014",
                "api/matrix/cells/UNHCR/1",
                "api/editions",
                "api/editions/2014")) {
            Api.Response response = Api.anonymous().get(path);
            assertProblem(401, response, null);
            assertTrue(response.header("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
        }
        assertProblem(401, Api.anonymous().accept("text/csv").get("api/matrix"), null);
    }

    @Test
    void everyRoleMayRead() {
        for (String user : List.of("fp-ve", "sec-luis", "sys-admin", "observer")) {
            Api api = Api.as(user);
            assertEquals(
                    754,
                    api.get("api/matrix?edition=2014")
                            .ok()
                            .getJsonArray("cells")
                            .size(),
                    user);
            assertEquals(200, api.get("api/matrix").status(), user);
            assertEquals(200, api.get("api/organizations/UNHCR").status(), user);
            assertEquals(200, api.get("api/editions/2014").status(), user);
            assertEquals(200, api.accept("text/csv").get("api/matrix").status(), user);
        }
    }

    private static void assertProblem(int status, Api.Response response, String detailContains) {
        JsonObject problem = response.problem(status);
        assertTrue(problem.getString("title").length() > 3, response.body());
        if (detailContains != null) {
            assertTrue(problem.getString("detail").contains(detailContains), response.body());
        }
    }
}
