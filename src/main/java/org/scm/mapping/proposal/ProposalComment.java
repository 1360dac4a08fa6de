package org.scm.mapping.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;

/** One message in a proposal's thread. Its author may correct it for a short while; nobody deletes it. */
@Entity
@Table(name = "proposal_comment")
@Audited
@NamedQuery(
        name = ProposalComment.OF_PROPOSAL,
        query = "select c from ProposalComment c where c.proposalId = :proposal order by c.id")
public class ProposalComment {

    public static final String OF_PROPOSAL = "ProposalComment.ofProposal";
    public static final int TEXT_MAX = 4000;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "author", nullable = false, length = 100)
    private String author;

    @Column(name = "author_role", nullable = false, length = 20)
    private String authorRole;

    @Column(name = "author_country", length = 2)
    private String authorCountry;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ProposalComment() {
        // for JPA
    }

    ProposalComment(long proposalId, String author, String authorRole, String authorCountry, String text, Instant now) {
        this.proposalId = proposalId;
        this.author = Objects.requireNonNull(author);
        this.authorRole = Objects.requireNonNull(authorRole);
        this.authorCountry = authorCountry;
        this.text = Objects.requireNonNull(text);
        this.createdAt = Objects.requireNonNull(now);
    }

    boolean isEditableBy(String username, Instant now) {
        return author.equals(username) && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    void edit(String text, Instant now) {
        this.text = Objects.requireNonNull(text);
        this.editedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getProposalId() {
        return proposalId;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorRole() {
        return authorRole;
    }

    public Optional<String> getAuthorCountry() {
        return Optional.ofNullable(authorCountry);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getEditedAt() {
        return Optional.ofNullable(editedAt);
    }

    public String getText() {
        return text;
    }

    public long getVersion() {
        return version;
    }
}
