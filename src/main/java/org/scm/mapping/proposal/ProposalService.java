package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scm.mapping.history.PendingRevision;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.NotPermittedException;
import org.scm.mapping.platform.Problem.FieldProblem;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

/** Creating, reading and editing proposals and their items (the review is {@link ReviewService}'s). */
@ApplicationScoped
public class ProposalService {

    public static final int PAGE_SIZE_MAX = 200;
    static final Set<ProposalStatus> OPEN = EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED,
            ProposalStatus.CHANGES_REQUESTED);

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Inject
    Proposals proposals;

    @Inject
    ItemValidator validator;

    @Inject
    MappingTargets targets;

    @Inject
    PendingRevision pendingRevision;

    /** A page of proposal summaries. */
    public record Page(List<Summary> items, int page, int size, long total) {
    }

    /** A proposal in a list. */
    public record Summary(long id, String country, String title, ProposalStatus status, String updatedBy,
                          java.time.Instant updatedAt, int items) {
    }

    /** What a list may be narrowed to; null fields do not narrow. */
    public record Filter(ProposalStatus status, String country, String organization, Integer theme, boolean openOnly) {
    }

    @Transactional
    public ProposalView create(CurrentUser user, String title, String rationale) {
        if (!user.hasRole(Roles.FOCAL_POINT) || user.countryCode().isEmpty()) {
            throw new NotPermittedException("Only focal points of a member country create proposals.");
        }
        Description description = Description.of(title, rationale);
        Proposal proposal = new Proposal(user.country(), description.title(), description.rationale(),
                user.username(), proposals.now());
        pendingRevision.describe("proposal created", null);
        entityManager.persist(proposal);
        entityManager.flush();
        return view(user, proposal);
    }

    @Transactional
    public ProposalView view(CurrentUser user, long id) {
        return view(user, proposals.visible(user, id, LockModeType.NONE));
    }

    @Transactional
    public ProposalView describe(CurrentUser user, long id, Long expectedVersion, String title, String rationale) {
        Proposal proposal = editable(user, id, expectedVersion);
        Description description = Description.of(title, rationale);
        pendingRevision.describe("proposal edited", null);
        proposal.describe(description.title(), description.rationale(), user.username(), proposals.now());
        return saved(user, proposal);
    }

    @Transactional
    public ProposalView addItem(CurrentUser user, long id, Long expectedVersion, ItemInput input) {
        Proposal proposal = editable(user, id, expectedVersion);
        ItemContent content = validator.validate(input);
        pendingRevision.describe("proposal item added", null);
        proposal.addItem(content, targets.baseFor(content), user.username(), proposals.now());
        return saved(user, proposal);
    }

    @Transactional
    public ProposalView replaceItem(CurrentUser user, long id, long itemId, Long expectedVersion, ItemInput input) {
        Proposal proposal = editable(user, id, expectedVersion);
        ProposalItem item = item(proposal, itemId);
        ItemContent content = validator.validate(input);
        pendingRevision.describe("proposal item replaced", null);
        proposal.reviseItem(item, content, targets.baseFor(content), user.username(), proposals.now());
        return saved(user, proposal);
    }

    @Transactional
    public ProposalView removeItem(CurrentUser user, long id, long itemId, Long expectedVersion) {
        Proposal proposal = editable(user, id, expectedVersion);
        ProposalItem item = item(proposal, itemId);
        pendingRevision.describe("proposal item removed", null);
        proposal.removeItem(item, user.username(), proposals.now());
        return saved(user, proposal);
    }

    /** Takes the current value of the item's target as its new base. */
    @Transactional
    public ProposalView rebaseItem(CurrentUser user, long id, long itemId, Long expectedVersion) {
        Proposal proposal = editable(user, id, expectedVersion);
        ProposalItem item = item(proposal, itemId);
        pendingRevision.describe("proposal item rebased", null);
        proposal.rebaseItem(item, targets.baseFor(item.content()), user.username(), proposals.now());
        return saved(user, proposal);
    }

    @Transactional
    public Page list(CurrentUser user, Filter filter, int page, int size) {
        if (!user.hasRole(Roles.FOCAL_POINT) && !user.hasRole(Roles.SECRETARIAT)) {
            throw new NotPermittedException("Proposals are seen by focal points and the secretariat.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "0 or more"));
        }
        if (size < 1 || size > PAGE_SIZE_MAX) {
            problems.add(new FieldProblem("size", "between 1 and " + PAGE_SIZE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String where = """
                where (p.country = :ownCountry or (:secretariat = true and p.submittedAt is not null))
                  and (:status is null or p.status = :status)
                  and (:country is null or p.country = :country)
                  and (:openOnly = false or p.status in :open)
                  and (:organization is null or exists (select 1 from ProposalItem i where i.proposal = p
                       and i.organizationCode = :organization and (:theme is null or i.themeNumber = :theme)))""";
        TypedQuery<Summary> query = bind(entityManager.createQuery("""
                select new org.scm.mapping.proposal.ProposalService$Summary(p.id, p.country, p.title, p.status,
                       p.updatedBy, p.updatedAt, size(p.items))
                from Proposal p
                """ + where + " order by p.updatedAt desc, p.id desc", Summary.class), user, filter);
        TypedQuery<Long> count = bind(entityManager.createQuery(
                "select count(p) from Proposal p " + where, Long.class), user, filter);
        List<Summary> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page(items, page, size, count.getSingleResult());
    }

    /**
     * The open proposals the caller may see that touch an organization (any of its fields or cells)
     * or, with {@code theme}, one cell; empty for roles that see no proposals.
     */
    @Transactional
    public List<OpenProposal> openTouching(CurrentUser user, String organization, Integer theme) {
        if (!user.hasRole(Roles.FOCAL_POINT) && !user.hasRole(Roles.SECRETARIAT)) {
            return List.of();
        }
        return list(user, new Filter(null, null, organization, theme, true), 0, PAGE_SIZE_MAX).items().stream()
                .map(summary -> new OpenProposal(summary.id(), summary.country(), summary.title(), summary.status()))
                .toList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, CurrentUser user, Filter filter) {
        String ownCountry = user.hasRole(Roles.FOCAL_POINT) ? user.countryCode().orElse("--") : "--";
        return query.setParameter("ownCountry", ownCountry)
                .setParameter("secretariat", user.hasRole(Roles.SECRETARIAT))
                .setParameter("status", filter.status())
                .setParameter("country", filter.country())
                .setParameter("openOnly", filter.openOnly())
                .setParameter("open", OPEN)
                .setParameter("organization", filter.organization())
                .setParameter("theme", filter.theme());
    }

    /** A proposal the caller may edit, at the version the caller last saw (If-Match is required). */
    private Proposal editable(CurrentUser user, long id, Long expectedVersion) {
        Proposal proposal = proposals.visible(user, id, LockModeType.NONE);
        Workflow.check(Participant.of(user, proposal.getCountry()), proposal.getStatus(), ProposalAction.EDIT);
        Proposals.checkVersion(proposal, expectedVersion, true);
        return proposal;
    }

    private static ProposalItem item(Proposal proposal, long itemId) {
        return proposal.item(itemId).orElseThrow(() -> new UnknownEntityException("item", itemId));
    }

    private ProposalView saved(CurrentUser user, Proposal proposal) {
        entityManager.flush();
        return view(user, proposal);
    }

    private ProposalView view(CurrentUser user, Proposal proposal) {
        return ProposalView.of(proposal, proposals.transitions(proposal), Participant.of(user, proposal.getCountry()));
    }

    /** A checked title and rationale. */
    record Description(String title, String rationale) {

        static Description of(String title, String rationale) {
            List<FieldProblem> problems = new ArrayList<>();
            String checkedTitle = ItemValidator.text(title, "title", Proposal.TITLE_MAX, problems);
            if (checkedTitle == null) {
                problems.add(new FieldProblem("title", "a title is required"));
            }
            String checkedRationale = ItemValidator.text(rationale, "rationale", Proposal.RATIONALE_MAX, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new Description(checkedTitle, checkedRationale);
        }
    }
}
