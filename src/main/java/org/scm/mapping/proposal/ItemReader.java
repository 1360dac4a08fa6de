package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.Problems;

/**
 * Reads an item from a request: its kind's change, checked against the current mapping, and its
 * evidence. Every offending field is reported at once (400); a change that would alter nothing is
 * refused too.
 */
@ApplicationScoped
public class ItemReader {

    @Inject
    CurrentMapping mapping;

    /** A change and its evidence, read and checked; with the base it is written against. */
    record Read(Change change, Evidence evidence, Base base) {}

    Read read(ItemInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "an item is required");
        }
        Problems problems = new Problems();
        ItemKind kind = problems.requiredChoice(ItemKind.class, input.kind(), "kind");
        Evidence evidence = Evidence.read(input, problems);
        if (kind == null) {
            problems.throwIfAny();
        }
        Problems changeProblems = new Problems();
        Change change = kind.read(input, mapping, changeProblems);
        changeProblems.forEach(problems::add);
        evidence.checkFor(kind, problems);
        problems.throwIfAny();
        Base base = change.currentBase(mapping, mapping.latestRevision());
        if (!change.alters(base)) {
            throw new InvalidInputException(change.valueField(), "this is already the current value: no change");
        }
        return new Read(change, evidence, base);
    }

    /** The revision that applied an approved proposal; empty when it applied nothing. */
    java.util.Optional<Long> revisionApplying(long proposal) {
        return mapping.revisionApplying(proposal);
    }

    CurrentMapping mapping() {
        return mapping;
    }

    /** The base an item records when it is rebased: its target's value now. */
    Base currentBase(Change change) {
        return change.currentBase(mapping, mapping.latestRevision());
    }
}
