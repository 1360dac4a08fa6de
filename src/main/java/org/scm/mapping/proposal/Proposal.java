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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.NotPermittedException;
import org.scm.mapping.platform.Problems;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.platform.Versions;

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
    void describe(Participant author, String title, String rationale, Instant now) {
        checkEditableBy(author);
        describe(title, rationale, author.username(), now);
    }

    private void describe(String title, String rationale, String author, Instant now) {
        this.title = Objects.requireNonNull(title, "title");
        this.rationale = rationale;
        writtenBy(author, now);
    }

    /**
     * An item of a revert or an import being prepared (before the proposal is first saved): whoever
     * prepares a revert, a focal point of the country or the secretariat, writes its items this way, and
     * an imported item may still lack its source (see {@link #submit}).
     */
    void addRestoringItem(Change change, Evidence evidence, Base base) {
        if (id != null) {
            throw new IllegalStateException("restoring items are written before the proposal is saved");
        }
        items.add(new ProposalItem(this, change, evidence, base));
    }

    ProposalItem addItem(Participant author, Change change, Evidence evidence, Base base, Instant now) {
        checkEditableBy(author);
        ProposalItem item = new ProposalItem(this, change, evidence, base);
        items.add(item);
        writtenBy(author.username(), now);
        return item;
    }

    void reviseItem(Participant author, long itemId, Change change, Evidence evidence, Base base, Instant now) {
        checkEditableBy(author);
        existingItem(itemId).revise(change, evidence, base);
        writtenBy(author.username(), now);
    }

    /** Takes {@code base}, the target's current value, as the item's new base. */
    void rebaseItem(Participant author, long itemId, Base base, Instant now) {
        checkEditableBy(author);
        existingItem(itemId).rebase(base);
        writtenBy(author.username(), now);
    }

    void removeItem(Participant author, long itemId, Instant now) {
        checkEditableBy(author);
        items.remove(existingItem(itemId));
        writtenBy(author.username(), now);
    }

    /**
     * Refuses an edit the author may not make now (403, or 409 for the status), or one made against
     * another version than this one (412) or without one (428).
     */
    void checkEditable(Participant author, Long expectedVersion) {
        checkEditableBy(author);
        Versions.check(expectedVersion, version);
    }

    /** For transitions, If-Match is optional: a version named must be this one (412). */
    private void checkVersionIfNamed(Long expectedVersion) {
        if (expectedVersion != null) {
            Versions.check(expectedVersion, version);
        }
    }

    ProposalTransition submit(Participant actor, Long expectedVersion, Instant now) {
        Workflow.check(actor, status, ProposalAction.SUBMIT);
        checkVersionIfNamed(expectedVersion);
        if (items.isEmpty()) {
            throw new InvalidInputException("items", "a proposal needs at least one item to be submitted");
        }
        checkEvidence();
        if (submittedAt == null) {
            submittedAt = now;
        }
        return moveTo(ProposalStatus.SUBMITTED, ProposalAction.SUBMIT, actor, null, now);
    }

    ProposalTransition withdraw(Participant actor, Long expectedVersion, Instant now) {
        Workflow.check(actor, status, ProposalAction.WITHDRAW);
        checkVersionIfNamed(expectedVersion);
        return moveTo(ProposalStatus.WITHDRAWN, ProposalAction.WITHDRAW, actor, null, now);
    }

    ProposalTransition requestChanges(Participant reviewer, Long expectedVersion, String reason, Instant now) {
        Workflow.check(reviewer, status, ProposalAction.REQUEST_CHANGES);
        checkVersionIfNamed(expectedVersion);
        return moveTo(
                ProposalStatus.CHANGES_REQUESTED,
                ProposalAction.REQUEST_CHANGES,
                reviewer,
                Reasons.required(reason),
                now);
    }

    ProposalTransition reject(Participant reviewer, Long expectedVersion, String reason, Instant now) {
        Workflow.check(reviewer, status, ProposalAction.REJECT);
        checkVersionIfNamed(expectedVersion);
        return moveTo(ProposalStatus.REJECTED, ProposalAction.REJECT, reviewer, Reasons.required(reason), now);
    }

    /** What applying the accepted items takes: done by the caller, inside the approval's transaction. */
    @FunctionalInterface
    interface Applying {
        void apply(List<ProposalItem> accepted);
    }

    /**
     * Approves the items not rejected in {@code decisions}: checks that the reviewer may (nobody
     * approves what they wrote or edited), that they saw this version (If-Match required), and that every decision names an item of this proposal
     * (a rejected one with a reason, and not all of them), has {@code applying} apply the accepted
     * items, then records each decision. APPROVED when every item is accepted, else PARTIALLY_APPROVED.
     */
    ProposalTransition approve(
            Participant reviewer,
            Long expectedVersion,
            List<ApprovalInput.Decision> decisions,
            String reason,
            Applying applying,
            Instant now) {
        Workflow.check(reviewer, status, ProposalAction.APPROVE);
        if (isWrittenBy(reviewer.username())) {
            throw new NotPermittedException("You wrote or edited this proposal, so another reviewer must approve it.");
        }
        Versions.check(expectedVersion, version);
        String checkedReason = Reasons.optional(reason);
        Map<Long, String> rejected = rejections(decisions);
        List<ProposalItem> accepted = items.stream()
                .filter(item -> !rejected.containsKey(item.getId()))
                .toList();
        applying.apply(accepted);
        accepted.forEach(item -> item.decide(ItemDecision.ACCEPTED, null));
        rejected.forEach((itemId, why) -> existingItem(itemId).decide(ItemDecision.REJECTED, why));
        ProposalStatus outcome = rejected.isEmpty() ? ProposalStatus.APPROVED : ProposalStatus.PARTIALLY_APPROVED;
        return moveTo(outcome, ProposalAction.APPROVE, reviewer, checkedReason, now);
    }

    /** Every item has the sources its kind needs (an imported item may have been written without). */
    private void checkEvidence() {
        Problems problems = new Problems();
        for (int i = 0; i < items.size(); i++) {
            Problems item = new Problems();
            items.get(i).evidence().checkFor(items.get(i).getKind(), item);
            String at = "items[" + i + "]";
            item.forEach((field, message) -> problems.add(at + "." + field, message));
        }
        problems.throwIfAny();
    }

    /** The rejected items with their reasons, after checking that every decision names an item of this proposal. */
    private Map<Long, String> rejections(List<ApprovalInput.Decision> decisions) {
        Problems problems = new Problems();
        Map<Long, String> rejected = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            ApprovalInput.Decision decision = decisions.get(i);
            String at = "decisions[" + i + "]";
            if (decision == null
                    || decision.item() == null
                    || item(decision.item()).isEmpty()) {
                problems.add(at + ".item", "an item of this proposal is required");
            } else if (!seen.add(decision.item())) {
                problems.add(at + ".item", "item " + decision.item() + " is decided twice");
            } else if (decision.accept() == null) {
                problems.add(at + ".accept", "true or false is required");
            } else if (!decision.accept()) {
                String why = problems.requiredText(
                        decision.reason(), at + ".reason", Reasons.MAX, "a rejected item needs a reason");
                if (why != null && why.length() <= Reasons.MAX) {
                    rejected.put(decision.item(), why);
                }
            }
        }
        if (problems.isEmpty() && rejected.size() == items.size()) {
            problems.add("decisions", "every item is rejected: reject the proposal instead");
        }
        problems.throwIfAny();
        return rejected;
    }

    private ProposalTransition moveTo(
            ProposalStatus next, ProposalAction action, Participant actor, String reason, Instant now) {
        ProposalStatus from = status;
        this.status = next;
        this.updatedBy = actor.username();
        this.updatedAt = now;
        return new ProposalTransition(
                id,
                action,
                from,
                next,
                actor.username(),
                actor.roleIn(action),
                actor.user().country(),
                reason,
                now);
    }

    private void checkEditableBy(Participant author) {
        Workflow.check(author, status, ProposalAction.EDIT);
    }

    ProposalItem existingItem(long itemId) {
        return item(itemId).orElseThrow(() -> new UnknownEntityException("item", itemId));
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
