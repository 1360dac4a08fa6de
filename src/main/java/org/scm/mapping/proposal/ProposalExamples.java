package org.scm.mapping.proposal;

/** Example bodies of the proposal API, shown in the OpenAPI document. */
final class ProposalExamples {

    static final String DESCRIPTION = """
            {"title": "Remittances: IOM and UNDP", "rationale": "Both now run remittance programmes in the region."}""";

    static final String CELL_ITEM = """
            {"kind": "CELL_LEVEL", "organization": "IOM", "theme": 4, "level": "STRONG",
             "note": "Runs the regional remittances programme",
             "justification": "IOM annual report 2024 describes the programme in six member countries",
             "sources": [{"citation": "IOM, Annual Report 2024, p. 31", "url": "https://www.iom.int/annual-report-2024"}]}""";

    static final String FIELD_ITEM = """
            {"kind": "ORGANIZATION_FIELD", "organization": "IOM", "field": "MIGRATION_INVOLVEMENT",
             "text": "Leads the UN Network on Migration.", "justification": "Mandate updated in 2018",
             "sources": [{"citation": "UN Network on Migration, Terms of Reference"}]}""";

    static final String APPROVAL = """
            {"reason": "Well documented", "override": false,
             "decisions": [{"item": 18, "accept": false, "reason": "The source does not mention this theme"}]}""";

    static final String REASON = """
            {"reason": "Please add a source for the second item"}""";

    static final String COMMENT = """
            {"text": "The 2024 report is on page 31, not 13."}""";

    static final String PROPOSAL = """
            {"id": 12, "country": "PE", "title": "Remittances: IOM and UNDP",
             "rationale": "Both now run remittance programmes in the region.", "status": "DRAFT",
             "createdBy": "fp-pe", "createdAt": "2026-03-02T14:05:11Z", "updatedBy": "fp-pe",
             "updatedAt": "2026-03-02T14:09:40Z", "version": 2, "authors": ["fp-pe"],
             "items": [{"id": 17, "kind": "CELL_LEVEL", "organization": "IOM", "theme": 4, "level": "STRONG",
               "note": "Runs the regional remittances programme",
               "justification": "IOM annual report 2024 describes the programme in six member countries",
               "sources": [{"citation": "IOM, Annual Report 2024, p. 31", "url": "https://www.iom.int/annual-report-2024"}],
               "baseValue": "INVOLVED", "baseRevision": 1, "decision": "PENDING"}],
             "transitions": [], "allowedActions": ["submit", "withdraw"]}""";

    static final String CONFLICT = """
            {"type": "about:blank", "title": "Conflict", "status": 409,
             "detail": "1 item(s) were written against values that have changed since. Approve again with \\"override\\": true to apply them anyway, or request changes so that the country rebases them.",
             "conflicts": [{"item": 17, "kind": "CELL_LEVEL", "organization": "IOM", "theme": 4, "base": "INVOLVED",
               "current": "NONE", "proposed": "STRONG", "changedInRevision": 58, "changedByProposal": 9}]}""";

    static final String TRANSITION_REFUSED = """
            {"type": "about:blank", "title": "Conflict", "status": 409,
             "detail": "A proposal in status SUBMITTED cannot submit.", "state": "SUBMITTED",
             "allowedActions": ["withdraw"]}""";

    private ProposalExamples() {}
}
