package org.scm.mapping.matrix;

import java.util.List;
import org.scm.mapping.organization.OpenProposals.OpenProposal;

/**
 * One cell with the names of its organization and theme, for the single-cell endpoint, and the open
 * proposals the caller may see that would change it.
 */
public record CellView(
        String organization,
        String organizationName,
        String matrixLabel,
        int theme,
        String themeTitle,
        Level level,
        String symbol,
        String note,
        List<OpenProposal> openProposals) {

    public static CellView of(Involvement involvement, List<OpenProposal> openProposals) {
        return new CellView(
                involvement.getOrganization().getCode(),
                involvement.getOrganization().getName(),
                involvement.getOrganization().getMatrixLabel().orElse(null),
                involvement.getTheme().getNumber(),
                involvement.getTheme().getTitle(),
                involvement.getLevel(),
                involvement.getLevel().symbol(),
                involvement.getNote().orElse(null),
                List.copyOf(openProposals));
    }
}
