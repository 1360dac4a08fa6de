package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scm.mapping.history.RecordedAs;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.organization.OpenProposals;
import org.scm.mapping.organization.OpenProposals.OpenProposal;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.NotPermittedException;
import org.scm.mapping.platform.Problems;
import org.scm.mapping.security.CurrentUser;
import org.scm.mapping.security.Roles;

/** Creating, reading and editing proposals and their items (the review is {@link ReviewService}'s). */
@ApplicationScoped
public class ProposalService implements OpenProposals {

    public static final int PAGE_SIZE_MAX = 200;
    static final Set<ProposalStatus> OPEN =
            EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.CHANGES_REQUESTED);

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Inject
    ProposalAccess proposals;

    @Inject
    ItemReader items;

    @Inject
    Clock clock;

    /** What a list may be narrowed to; null fields do not narrow. */
    public record Filter(ProposalStatus status, String country, String organization, Integer theme, boolean openOnly) {}

    @Transactional
    @RecordedAs("proposal created")
    public ProposalView create(CurrentUser user, String title, String rationale) {
        if (!user.hasRole(Roles.FOCAL_POINT) || user.countryCode().isEmpty()) {
            throw new NotPermittedException("Only focal points of a member country create proposals.");
        }
        TitleAndRationale checked = TitleAndRationale.of(title, rationale);
        Proposal proposal =
                new Proposal(user.country(), checked.title(), checked.rationale(), user.username(), clock.instant());
        proposals.add(proposal);
        return saved(user, proposal);
    }

    /**
     * A new draft of the caller's country with one cell item per change, as read from an uploaded
     * matrix: each keeps the cell's current note, and carries {@code justification} and the optional
     * {@code source} for all. Items without a source are allowed here; the proposal cannot be submitted
     * until each cell item has one ({@link Proposal#submit}).
     *
     * @throws NotPermittedException unless the caller is a focal point of a country
     * @throws InvalidInputException when the title, justification or source is invalid, or nothing changes
     */
    @Transactional
    @RecordedAs("proposal imported")
    public ProposalView importDraft(
            CurrentUser user,
            String title,
            String rationale,
            List<ImportedCell> cells,
            String justification,
            ItemInput.SourceInput source) {
        checkMayImport(user);
        TitleAndRationale checked = TitleAndRationale.of(title, rationale);
        Problems problems = new Problems();
        Evidence evidence = Evidence.read(
                new ItemInput(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        justification,
                        source == null ? List.of() : List.of(source)),
                problems);
        problems.throwIfAny();
        Proposal proposal =
                new Proposal(user.country(), checked.title(), checked.rationale(), user.username(), clock.instant());
        for (ImportedCell cell : cells) {
            Base current =
                    items.currentBase(new CellLevelChange(cell.organization(), cell.theme(), cell.level(), null));
            CellLevelChange change =
                    new CellLevelChange(cell.organization(), cell.theme(), cell.level(), current.note());
            if (change.alters(current)) {
                proposal.addRestoringItem(change, evidence, current);
            }
        }
        if (proposal.getItems().isEmpty()) {
            throw new InvalidInputException("file", "every cell already has this level: no change");
        }
        proposals.add(proposal);
        return saved(user, proposal);
    }

    /** @throws NotPermittedException unless the caller is a focal point of a country */
    public void checkMayImport(CurrentUser user) {
        if (!user.hasRole(Roles.FOCAL_POINT) || user.countryCode().isEmpty()) {
            throw new NotPermittedException("Only focal points of a member country create proposals.");
        }
    }

    /** One cell's level as an uploaded matrix gives it. */
    public record ImportedCell(String organization, int theme, Level level) {}

    @Transactional
    public ProposalView view(CurrentUser user, long id) {
        return view(user, proposals.visible(user, id, LockModeType.NONE));
    }

    @Transactional
    @RecordedAs("proposal edited")
    public ProposalView describe(CurrentUser user, long id, Long expectedVersion, String title, String rationale) {
        Proposal proposal = seenAt(user, id, expectedVersion);
        TitleAndRationale checked = TitleAndRationale.of(title, rationale);
        proposal.describe(participant(user, proposal), checked.title(), checked.rationale(), clock.instant());
        return saved(user, proposal);
    }

    @Transactional
    @RecordedAs("proposal item added")
    public ProposalView addItem(CurrentUser user, long id, Long expectedVersion, ItemInput input) {
        Proposal proposal = seenAt(user, id, expectedVersion);
        ItemReader.Read item = items.read(input);
        proposal.addItem(participant(user, proposal), item.change(), item.evidence(), item.base(), clock.instant());
        return saved(user, proposal);
    }

    @Transactional
    @RecordedAs("proposal item replaced")
    public ProposalView replaceItem(CurrentUser user, long id, long itemId, Long expectedVersion, ItemInput input) {
        Proposal proposal = seenAt(user, id, expectedVersion);
        proposal.existingItem(itemId);
        ItemReader.Read item = items.read(input);
        proposal.reviseItem(
                participant(user, proposal), itemId, item.change(), item.evidence(), item.base(), clock.instant());
        return saved(user, proposal);
    }

    @Transactional
    @RecordedAs("proposal item removed")
    public ProposalView removeItem(CurrentUser user, long id, long itemId, Long expectedVersion) {
        Proposal proposal = seenAt(user, id, expectedVersion);
        proposal.removeItem(participant(user, proposal), itemId, clock.instant());
        return saved(user, proposal);
    }

    /** Takes the current value of the item's target as its new base. */
    @Transactional
    @RecordedAs("proposal item rebased")
    public ProposalView rebaseItem(CurrentUser user, long id, long itemId, Long expectedVersion) {
        Proposal proposal = seenAt(user, id, expectedVersion);
        Base current = items.currentBase(proposal.existingItem(itemId).change());
        proposal.rebaseItem(participant(user, proposal), itemId, current, clock.instant());
        return saved(user, proposal);
    }

    /**
     * A new draft of the proposal's country that puts back what an applied proposal changed: for each
     * accepted cell or profile item, the value its target had just before the approval, where that
     * differs from the value now. Structural items (new organizations and themes) are not reverted:
     * nothing is ever deleted. The draft goes through review like any other; a focal point of the
     * country or the secretariat may prepare it (whoever prepares it may not approve it).
     */
    @Transactional
    @RecordedAs("proposal revert prepared")
    public ProposalView revert(CurrentUser user, long id) {
        Proposal original = proposals.visible(user, id, LockModeType.NONE);
        Participant asker = participant(user, original);
        if (!asker.ofProposingCountry() && !asker.secretariat()) {
            throw new NotPermittedException(
                    "A focal point of " + original.getCountry() + " or the secretariat may revert this proposal.");
        }
        long applied = items.revisionApplying(original.getId())
                .orElseThrow(() -> new NotRevertibleException("Proposal " + id + " is " + original.getStatus()
                        + ": only an applied proposal can be reverted."));
        Proposal revert = new Proposal(
                original.getCountry(),
                revertTitle(original),
                "Reverts proposal " + id + " (\"" + original.getTitle() + "\"), applied in revision " + applied + ".",
                user.username(),
                clock.instant());
        Evidence evidence = new Evidence(
                "Puts back the value before proposal " + id + " was applied.",
                List.of(new Source("Proposal " + id + ", applied in revision " + applied, null)));
        for (ProposalItem item : original.getItems()) {
            if (item.getDecision() != ItemDecision.ACCEPTED) {
                continue;
            }
            item.change().restoring(items.mapping(), applied - 1).ifPresent(restoring -> {
                Base current = items.currentBase(restoring);
                if (restoring.alters(current)) {
                    revert.addRestoringItem(restoring, evidence, current);
                }
            });
        }
        if (revert.getItems().isEmpty()) {
            throw new NotRevertibleException("Nothing to put back: every value proposal " + id
                    + " set has changed since, or its items added organizations or themes, which are never deleted.");
        }
        proposals.add(revert);
        return saved(user, revert);
    }

    private static String revertTitle(Proposal original) {
        String title = "Revert: " + original.getTitle();
        return title.length() <= Proposal.TITLE_MAX ? title : title.substring(0, Proposal.TITLE_MAX - 1) + "…";
    }

    @Transactional
    public ProposalPage list(CurrentUser user, Filter filter, int page, int size) {
        if (!user.hasRole(Roles.FOCAL_POINT) && !user.hasRole(Roles.SECRETARIAT)) {
            throw new NotPermittedException("Proposals are seen by focal points and the secretariat.");
        }
        Problems problems = new Problems();
        if (page < 0) {
            problems.add("page", "0 or more");
        }
        if (size < 1 || size > PAGE_SIZE_MAX) {
            problems.add("size", "between 1 and " + PAGE_SIZE_MAX);
        }
        problems.throwIfAny();
        String where = "where " + Visibility.CONDITION + """
                  and (:status is null or p.status = :status)
                  and (:country is null or p.country = :country)
                  and (:openOnly = false or p.status in :open)
                  and (:organization is null or exists (select 1 from ProposalItem i where i.proposal = p
                       and i.organizationCode = :organization and (:theme is null or i.themeNumber = :theme)))""";
        TypedQuery<ProposalPage.Summary> query = bind(
                entityManager.createQuery(
                        """
                select new org.scm.mapping.proposal.ProposalPage$Summary(p.id, p.country, p.title, p.status,
                       p.updatedBy, p.updatedAt, size(p.items))
                from Proposal p
                """ + where + " order by p.updatedAt desc, p.id desc", ProposalPage.Summary.class),
                user,
                filter);
        TypedQuery<Long> count =
                bind(entityManager.createQuery("select count(p) from Proposal p " + where, Long.class), user, filter);
        List<ProposalPage.Summary> found =
                query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new ProposalPage(found, page, size, count.getSingleResult());
    }

    /**
     * The open proposals the caller may see that touch an organization (any of its fields or cells)
     * or, with {@code theme}, one cell; empty for roles that see no proposals.
     */
    @Override
    @Transactional
    public List<OpenProposal> touching(CurrentUser user, String organization, Integer theme) {
        if (!user.hasRole(Roles.FOCAL_POINT) && !user.hasRole(Roles.SECRETARIAT)) {
            return List.of();
        }
        return list(user, new Filter(null, null, organization, theme, true), 0, PAGE_SIZE_MAX).items().stream()
                .map(summary -> new OpenProposal(
                        summary.id(),
                        summary.country(),
                        summary.title(),
                        summary.status().name()))
                .toList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, CurrentUser user, Filter filter) {
        return Visibility.bind(query, user)
                .setParameter("status", filter.status())
                .setParameter("country", filter.country())
                .setParameter("openOnly", filter.openOnly())
                .setParameter("open", OPEN)
                .setParameter("organization", filter.organization())
                .setParameter("theme", filter.theme());
    }

    /** A proposal the caller sees, at the version the caller last saw (If-Match is required to edit). */
    private Proposal seenAt(CurrentUser user, long id, Long expectedVersion) {
        Proposal proposal = proposals.visible(user, id, LockModeType.NONE);
        proposal.checkEditable(participant(user, proposal), expectedVersion);
        return proposal;
    }

    private static Participant participant(CurrentUser user, Proposal proposal) {
        return Participant.of(user, proposal.getCountry());
    }

    private ProposalView saved(CurrentUser user, Proposal proposal) {
        proposals.flush();
        return view(user, proposal);
    }

    private ProposalView view(CurrentUser user, Proposal proposal) {
        return ProposalView.of(proposal, proposals.transitions(proposal), participant(user, proposal));
    }

    /** A checked title and rationale. */
    private record TitleAndRationale(String title, String rationale) {

        static TitleAndRationale of(String title, String rationale) {
            Problems problems = new Problems();
            String checkedTitle = problems.requiredText(title, "title", Proposal.TITLE_MAX, "a title is required");
            String checkedRationale = problems.text(rationale, "rationale", Proposal.RATIONALE_MAX);
            problems.throwIfAny();
            return new TitleAndRationale(checkedTitle, checkedRationale);
        }
    }
}
