package org.scm.mapping.platform;

import java.util.List;

/** Input that breaks a rule of the domain: 400 with one entry per offending field. */
public class InvalidInputException extends DomainProblem {

    private final List<Problem.FieldProblem> fields;

    public InvalidInputException(List<Problem.FieldProblem> fields) {
        super(400, "Invalid request", "Some fields are invalid.");
        this.fields = List.copyOf(fields);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem.FieldProblem(field, message)));
    }

    @Override
    public List<Problem.FieldProblem> fields() {
        return fields;
    }
}
