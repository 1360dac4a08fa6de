package org.scm.mapping.platform;

import java.util.List;
import java.util.Map;

/**
 * An expected refusal of the domain (unknown thing, illegal transition, conflict, invalid input…),
 * carrying what the caller is told. Services throw subclasses; {@link DomainProblemMapper} answers
 * them as problem+json. Being unchecked, it rolls back the surrounding transaction: a refused
 * request changes nothing.
 */
public abstract class DomainProblem extends RuntimeException {

    private final int status;
    private final String title;

    protected DomainProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** Invalid fields, for 400 answers. */
    public List<Problem.FieldProblem> fields() {
        return List.of();
    }

    /** Extension members of the answer. */
    public Map<String, Object> extensions() {
        return Map.of();
    }

    public Problem toProblem() {
        return new Problem(null, title, status, getMessage(), fields(), extensions());
    }
}
