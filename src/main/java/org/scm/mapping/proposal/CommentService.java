package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.scm.mapping.history.PendingRevision;
import org.scm.mapping.platform.DomainProblem;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.NotPermittedException;
import org.scm.mapping.platform.PreconditionRequiredException;
import org.scm.mapping.platform.StaleVersionException;
import org.scm.mapping.platform.Problem.FieldProblem;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.security.CurrentUser;

/** A proposal's thread: read and written by those who see the proposal; edited by the author for a while. */
@ApplicationScoped
public class CommentService {

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Inject
    Proposals proposals;

    @Inject
    PendingRevision pendingRevision;

    /** A comment as the API shows it. */
    public record CommentView(long id, String author, String role, String country, Instant createdAt,
                              Instant editedAt, String text, boolean editable, long version) {
    }

    /** The author's edit window has closed. */
    static class EditWindowClosedException extends DomainProblem {
        EditWindowClosedException() {
            super(409, "Conflict", "A comment can be corrected for " + ProposalComment.EDIT_WINDOW.toMinutes()
                    + " minutes after it was written; add a new comment instead.");
        }
    }

    @Transactional
    public List<CommentView> thread(CurrentUser user, long proposalId) {
        proposals.visible(user, proposalId, LockModeType.NONE);
        Instant now = proposals.now();
        return entityManager.createNamedQuery(ProposalComment.OF_PROPOSAL, ProposalComment.class)
                .setParameter("proposal", proposalId).getResultStream()
                .map(comment -> view(comment, user, now)).toList();
    }

    @Transactional
    public CommentView add(CurrentUser user, long proposalId, String text) {
        Proposal proposal = proposals.visible(user, proposalId, LockModeType.NONE);
        Participant author = Participant.of(user, proposal.getCountry());
        Workflow.check(author, proposal.getStatus(), ProposalAction.COMMENT);
        String checked = text(text);
        Instant now = proposals.now();
        ProposalComment comment = new ProposalComment(proposalId, user.username(),
                Proposals.roleFor(ProposalAction.COMMENT, author), user.country(), checked, now);
        pendingRevision.describe("comment added", null);
        entityManager.persist(comment);
        entityManager.flush();
        return view(comment, user, now);
    }

    @Transactional
    public CommentView edit(CurrentUser user, long proposalId, long commentId, Long expectedVersion, String text) {
        proposals.visible(user, proposalId, LockModeType.NONE);
        ProposalComment comment = entityManager.find(ProposalComment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null || comment.getProposalId() != proposalId) {
            throw new UnknownEntityException("comment", commentId);
        }
        if (!comment.getAuthor().equals(user.username())) {
            throw new NotPermittedException("Only its author may correct a comment.");
        }
        Instant now = proposals.now();
        if (!comment.isEditableBy(user.username(), now)) {
            throw new EditWindowClosedException();
        }
        if (expectedVersion == null) {
            throw new PreconditionRequiredException();
        }
        if (expectedVersion != comment.getVersion()) {
            throw new StaleVersionException(expectedVersion, comment.getVersion());
        }
        String checked = text(text);
        pendingRevision.describe("comment corrected", null);
        comment.edit(checked, now);
        entityManager.flush();
        return view(comment, user, now);
    }

    private static String text(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        String checked = ItemValidator.text(text, "text", ProposalComment.TEXT_MAX, problems);
        if (checked == null) {
            problems.add(new FieldProblem("text", "a comment needs text"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }

    private static CommentView view(ProposalComment comment, CurrentUser viewer, Instant now) {
        return new CommentView(comment.getId(), comment.getAuthor(), comment.getAuthorRole(),
                comment.getAuthorCountry().orElse(null), comment.getCreatedAt(), comment.getEditedAt().orElse(null),
                comment.getText(), comment.isEditableBy(viewer.username(), now), comment.getVersion());
    }
}
