package org.scm.mapping.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Api;

/** The seed's edition, 2014, as the editions API shows it. */
class EditionReadIT {

    @Test
    void edition2014IsPublishedAtRevision1() {
        JsonArray editions = Api.as("fp-uy").get("api/editions").expect(200).array();
        JsonObject edition = Api.as("fp-uy").get("api/editions/2014").ok();
        assertEquals(
                editions.getValuesAs(JsonObject.class).stream()
                        .filter(listed -> listed.getInt("year") == 2014)
                        .toList(),
                List.of(edition),
                "listed once, as it reads on its own (other tests may add later editions)");
        assertEquals(2014, edition.getInt("year"));
        assertEquals("Migration in the International System", edition.getString("title"));
        assertEquals("XIV South American Conference on Migration", edition.getString("event"));
        assertEquals("Lima, Peru", edition.getString("place"));
        assertEquals("2014-10-16", edition.getString("publishedOn"));
        assertEquals("PUBLISHED", edition.getString("state"));
        assertEquals(1, edition.getInt("frozenRevision"));
    }
}
