package org.scm.mapping.proposal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;

/**
 * A country's change set to the mapping: title, rationale, items, and its place in the review
 * workflow. A proposal belongs to its country, not to the person who started it: any focal point of
 * that country continues it. Everyone who wrote it is remembered, and none of them may approve it.
 */
@Entity
@Table(name = "proposal")
@Audited
public class Proposal {

    public static final int TITLE_MAX = 200;
    public static final int RATIONALE_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "rationale", columnDefinition = "text")
    private String rationale;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProposalStatus status;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "proposal_author", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "username", length = 100)
    private Set<String> authors = new HashSet<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProposalItem> items = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Proposal() {
        // for JPA
    }

    public Proposal(String country, String title, String rationale, String author, Instant now) {
        this.country = Objects.requireNonNull(country, "country");
        this.status = ProposalStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(author, "author");
        this.createdAt = Objects.requireNonNull(now, "now");
        describe(title, rationale, author, now);
    }

    /** A new title and rationale, by one of the country's focal points. */
    void describe(String title, String rationale, String author, Instant now) {
        this.title = Objects.requireNonNull(title, "title");
        this.rationale = rationale;
        writtenBy(author, now);
    }

    ProposalItem addItem(ItemContent content, ProposalItem.Base base, String author, Instant now) {
        ProposalItem item = new ProposalItem(this, content, base);
        items.add(item);
        writtenBy(author, now);
        return item;
    }

    void reviseItem(ProposalItem item, ItemContent content, ProposalItem.Base base, String author, Instant now) {
        item.revise(content, base);
        writtenBy(author, now);
    }

    void rebaseItem(ProposalItem item, ProposalItem.Base base, String author, Instant now) {
        item.rebase(base);
        writtenBy(author, now);
    }

    void removeItem(ProposalItem item, String author, Instant now) {
        items.remove(item);
        writtenBy(author, now);
    }

    /** Moves to the status the action leads to (the workflow has already allowed it). */
    void moveTo(ProposalStatus next, String actor, Instant now) {
        if (next == ProposalStatus.SUBMITTED && submittedAt == null) {
            submittedAt = now;
        }
        this.status = Objects.requireNonNull(next, "next");
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    private void writtenBy(String author, Instant now) {
        this.updatedBy = Objects.requireNonNull(author, "author");
        this.updatedAt = now;
        this.authors.add(author);
    }

    public boolean isWrittenBy(String username) {
        return authors.contains(username);
    }

    public boolean wasEverSubmitted() {
        return submittedAt != null;
    }

    public Optional<ProposalItem> item(long itemId) {
        return items.stream().filter(item -> item.getId() == itemId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getCountry() {
        return country;
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getRationale() {
        return Optional.ofNullable(rationale);
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<String> getAuthors() {
        return Set.copyOf(authors);
    }

    public List<ProposalItem> getItems() {
        return List.copyOf(items);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Proposal proposal && id != null && id.equals(proposal.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
