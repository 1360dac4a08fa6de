package org.scm.mapping.notification;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scm.mapping.history.RevisionChain;
import org.scm.mapping.platform.Reading;

/**
 * The Atom feed of the mapping's applied changes (each revision that applied a proposal: its cells and
 * profiles) and its published editions (with the head hash they stand at), newest first. Everything in
 * it is what every signed-in user may read, so one feed serves all.
 */
@ApplicationScoped
public class ChangeFeed {

    static final int ENTRIES = 50;
    static final String TYPE = "application/atom+xml";

    @Inject
    Reading reading;

    @Inject
    RevisionChain chain;

    @Inject
    @ConfigProperty(name = "scm.public.url", defaultValue = "http://localhost:9080")
    String publicUrl;

    /** One applied revision or one published edition. */
    record Entry(String id, String title, Instant updated, String link, String text) {}

    public String atom() {
        List<Entry> entries = new ArrayList<>(reading.read(this::appliedChanges));
        entries.addAll(reading.read(this::publishedEditions));
        entries.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id));
        return atom(entries.subList(0, Math.min(entries.size(), ENTRIES)));
    }

    String atom(List<Entry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("SCM Mapping: applied changes and published editions");
        feed.setDescription(
                "The mapping of the South American Conference on Migration: what changed, and each edition.");
        feed.setUri("urn:scm-mapping:changes");
        feed.setLink(url("/"));
        feed.setLanguage("en");
        feed.setPublishedDate(java.util.Date.from(
                entries.isEmpty()
                        ? Instant.parse("2014-10-16T00:00:00Z")
                        : entries.get(0).updated()));
        feed.setEntries(entries.stream().map(this::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written: " + e.getMessage(), e);
        }
    }

    private SyndEntry entry(Entry entry) {
        SyndEntry written = new SyndEntryImpl();
        written.setUri(entry.id());
        written.setTitle(entry.title());
        written.setLink(url(entry.link()));
        SyndLink link = new SyndLinkImpl();
        link.setHref(url(entry.link()));
        link.setRel("alternate");
        written.setLinks(List.of(link));
        written.setUpdatedDate(java.util.Date.from(entry.updated()));
        written.setPublishedDate(java.util.Date.from(entry.updated()));
        written.setAuthor("SCM Technical Secretariat");
        SyndContent content = new SyndContentImpl();
        content.setType("text");
        content.setValue(entry.text());
        written.setContents(List.of(content));
        return written;
    }

    @SuppressWarnings("unchecked")
    private List<Entry> appliedChanges(EntityManager entityManager) {
        List<Object[]> revisions =
                entityManager.createNativeQuery("""
                        select r.id, r.rev_timestamp, r.proposal_id, r.proposal_country, r.reason from revision r
                        where r.proposal_id is not null order by r.id desc""").setMaxResults(ENTRIES).getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Object[] revision : revisions) {
            long id = ((Number) revision[0]).longValue();
            StringBuilder text = new StringBuilder();
            List<Object[]> cells =
                    entityManager.createNativeQuery("""
                            select o.code, t.number, a.level from involvement_aud a
                            join organization o on o.id = a.organization_id join theme t on t.id = a.theme_id
                            where a.rev = :rev order by o.code, t.number""").setParameter("rev", id).getResultList();
            cells.forEach(cell -> text.append(cell[0])
                    .append(" × theme ")
                    .append(cell[1])
                    .append(": ")
                    .append(cell[2])
                    .append('\n'));
            List<Object> profiles = entityManager
                    .createNativeQuery(
                            "select o.code from organization_aud a join organization o on o.id = a.id where a.rev = :rev"
                                    + " order by o.code")
                    .setParameter("rev", id)
                    .getResultList();
            profiles.forEach(code -> text.append("Profile of ").append(code).append(" changed\n"));
            if (revision[4] != null) {
                text.append("Reason: ").append(revision[4]).append('\n');
            }
            entries.add(new Entry(
                    "urn:scm-mapping:revision:" + id,
                    "Proposal " + revision[2] + " of " + revision[3] + " applied (revision " + id + ")",
                    Instant.ofEpochMilli(((Number) revision[1]).longValue()),
                    "/compare?from=rev:" + (id - 1) + "&to=rev:" + id,
                    text.toString().strip()));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private List<Entry> publishedEditions(EntityManager entityManager) {
        List<Object[]> editions =
                entityManager.createNativeQuery("""
                        select e.year, e.title, e.published_on, e.frozen_revision from edition e
                        where e.state = 'PUBLISHED' order by e.year desc""").setMaxResults(ENTRIES).getResultList();
        return editions.stream()
                .map(edition -> {
                    int year = ((Number) edition[0]).intValue();
                    long revision = ((Number) edition[3]).longValue();
                    String hash = chain.hashOf(revision).orElse("");
                    return new Entry(
                            "urn:scm-mapping:edition:" + year,
                            "Edition " + year + " published: " + edition[1],
                            day(edition[2]).atStartOfDay(ZoneOffset.UTC).toInstant(),
                            "/matrix?edition=" + year,
                            "Edition " + year + ", \"" + edition[1] + "\", stands at revision " + revision
                                    + (hash.isEmpty() ? "" : " (head hash " + hash + ")") + ".");
                })
                .toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    private String url(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }
}
