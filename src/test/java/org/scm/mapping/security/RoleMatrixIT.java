package org.scm.mapping.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Api;

/**
 * Every endpoint of the API against every kind of caller: the status each gets, written out here
 * independently of the code. Reads of the mapping and its history are open to every signed-in role;
 * proposals to focal points and the secretariat; the edition cycle to the secretariat; nothing to
 * anyone not signed in. Calls that would change shared data are made only as callers who are refused.
 */
class RoleMatrixIT {

    private static final List<String> CALLERS = List.of("fp-pe", "sec-ana", "sys-admin", "observer", "anonymous");

    /** Path → status per caller, in the order of {@link #CALLERS}. */
    private static final Map<String, int[]> READS = new LinkedHashMap<>();

    static {
        int[] everyRole = {200, 200, 200, 200, 401};
        for (String path : List.of(
                "api/me",
                "api/organizations",
                "api/organizations/UNHCR",
                "api/organizations/UNHCR?edition=2014",
                "api/themes",
                "api/themes/4",
                "api/matrix",
                "api/matrix?at=2014-10-16",
                "api/matrix/cells/UNHCR/4",
                "api/editions",
                "api/editions/2014",
                "api/history/cells/UNHCR/4",
                "api/history/organizations/UNHCR",
                "api/audit",
                "api/audit/verify",
                "api/compare?from=2014&to=now",
                "api/notifications",
                "api/notifications/unread-count",
                "api/notifications/settings",
                "api/matrix?format=xlsx",
                "api/compare?from=2014&to=now&format=xlsx",
                "api/editions/2014/download?format=json")) {
            READS.put(path, everyRole);
        }
        READS.put("api/proposals", new int[] {200, 200, 403, 403, 401});
        READS.put("api/proposals/999999", new int[] {404, 404, 404, 404, 401});
        READS.put("api/proposals/999999/comments", new int[] {404, 404, 404, 404, 401});
    }

    @Test
    void everyReadAnswersEachCallerAsTheRulesSay() {
        List<String> wrong = new ArrayList<>();
        READS.forEach((path, expected) -> {
            for (int i = 0; i < CALLERS.size(); i++) {
                int status = api(CALLERS.get(i)).get(path).status();
                if (status != expected[i]) {
                    wrong.add("GET " + path + " as " + CALLERS.get(i) + ": " + status + ", expected " + expected[i]);
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void writesAreRefusedToEveryoneTheRulesDoNotAllow() {
        for (String caller : List.of("fp-pe", "sys-admin", "observer")) {
            api(caller)
                    .post("api/editions/2099/open", "{\"title\":\"not allowed\"}")
                    .problem(403);
            api(caller).post("api/editions/2014/freeze", "").problem(403);
            api(caller).post("api/editions/2014/publish", "{}").problem(403);
        }
        for (String caller : List.of("sec-ana", "sys-admin", "observer")) {
            api(caller).post("api/proposals", "{\"title\":\"not allowed\"}").problem(403);
            api(caller).post("api/proposals/import", "issue_no,issue").problem(403);
        }
        for (String caller : List.of("fp-pe", "sec-ana", "sys-admin", "observer")) {
            api(caller).post("api/proposals/999999/revert", "").problem(404);
            api(caller).post("api/proposals/999999/submit", "{}").problem(404);
        }
        Api anonymous = Api.anonymous();
        anonymous.post("api/proposals", "{\"title\":\"x\"}").problem(401);
        anonymous.post("api/editions/2099/open", "{\"title\":\"x\"}").problem(401);
        anonymous.post("api/proposals/1/revert", "").problem(401);
    }

    private static Api api(String caller) {
        return caller.equals("anonymous") ? Api.anonymous() : Api.as(caller);
    }
}
