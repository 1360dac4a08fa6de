package org.scm.mapping.proposal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.scm.mapping.organization.OrganizationField;

/**
 * One change a proposal asks for, with the evidence for it and the <em>base</em> it was written
 * against: the value of its target then, and the revision of the mapping at that moment. At approval
 * a base that no longer matches the current value is a conflict.
 */
@Entity
@Table(name = "proposal_item")
@Audited
public class ProposalItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ItemKind kind;

    @Column(name = "organization_code", length = 40)
    private String organizationCode;

    @Column(name = "theme_number")
    private Integer themeNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", length = 30)
    private OrganizationField field;

    @Column(name = "proposed_value", columnDefinition = "text")
    private String proposedValue;

    @Column(name = "proposed_note", columnDefinition = "text")
    private String proposedNote;

    @Column(name = "new_name", length = 300)
    private String newName;

    @Column(name = "new_category", length = 40)
    private String newCategory;

    @Column(name = "new_founding_year")
    private Integer newFoundingYear;

    @Column(name = "new_in_matrix")
    private Boolean newInMatrix;

    @Column(name = "base_value", columnDefinition = "text")
    private String baseValue;

    @Column(name = "base_note", columnDefinition = "text")
    private String baseNote;

    @Column(name = "base_revision")
    private Long baseRevision;

    @Column(name = "justification", columnDefinition = "text")
    private String justification;

    @ElementCollection
    @CollectionTable(name = "proposal_item_source", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 10)
    private ItemDecision decision = ItemDecision.PENDING;

    @Column(name = "decision_reason", columnDefinition = "text")
    private String decisionReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ProposalItem() {
        // for JPA
    }

    ProposalItem(Proposal proposal, Change change, Evidence evidence, Base base) {
        this.proposal = Objects.requireNonNull(proposal, "proposal");
        revise(change, evidence, base);
    }

    void revise(Change change, Evidence evidence, Base base) {
        StoredChange stored = change.stored();
        this.kind = stored.kind();
        this.organizationCode = stored.organizationCode();
        this.themeNumber = stored.themeNumber();
        this.field = stored.field();
        this.proposedValue = stored.proposedValue();
        this.proposedNote = stored.proposedNote();
        this.newName = stored.newName();
        this.newCategory = stored.newCategory();
        this.newFoundingYear = stored.newFoundingYear();
        this.newInMatrix = stored.newInMatrix();
        this.justification = evidence.justification();
        this.sources.clear();
        this.sources.addAll(evidence.sources());
        rebase(base);
    }

    /** Takes the current value as the new base (after someone else's change landed first). */
    void rebase(Base base) {
        this.baseValue = base.value();
        this.baseNote = base.note();
        this.baseRevision = base.revision();
    }

    void decide(ItemDecision decision, String reason) {
        this.decision = Objects.requireNonNull(decision, "decision");
        this.decisionReason = reason;
    }

    public Change change() {
        return new StoredChange(
                        kind,
                        organizationCode,
                        themeNumber,
                        field,
                        proposedValue,
                        proposedNote,
                        newName,
                        newCategory,
                        newFoundingYear,
                        newInMatrix)
                .load();
    }

    public Evidence evidence() {
        return new Evidence(justification, List.copyOf(sources));
    }

    public Base base() {
        return new Base(baseValue, baseNote, baseRevision == null ? 0 : baseRevision);
    }

    public Long getId() {
        return id;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public ItemKind getKind() {
        return kind;
    }

    public ItemDecision getDecision() {
        return decision;
    }

    public Optional<String> getDecisionReason() {
        return Optional.ofNullable(decisionReason);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ProposalItem item && id != null && id.equals(item.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
