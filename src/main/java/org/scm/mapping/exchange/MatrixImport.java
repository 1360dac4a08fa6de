package org.scm.mapping.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.matrix.Matrix;
import org.scm.mapping.matrix.MatrixService;
import org.scm.mapping.platform.ApiRequestGuard;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.proposal.ItemInput;
import org.scm.mapping.proposal.ProposalService;
import org.scm.mapping.proposal.ProposalService.ImportedCell;
import org.scm.mapping.proposal.ProposalView;
import org.scm.mapping.security.CurrentUser;

/**
 * A focal point's filled matrix becomes a draft proposal of their country: the file is read
 * ({@link SheetFile}, {@link UploadedMatrix}), compared with the current mapping, and each cell whose
 * mark differs becomes one cell item. A file with any problem stores nothing; so does a file that
 * changes nothing (422).
 */
@ApplicationScoped
public class MatrixImport {

    static final String DEFAULT_TITLE = "Changes to the matrix from an uploaded file";
    static final String DEFAULT_JUSTIFICATION = "Proposed in an uploaded matrix.";

    @Inject
    MatrixService matrices;

    @Inject
    ProposalService proposals;

    /** What comes with the file: each optional; a source given here is cited by every item. */
    public record Options(
            String title, String rationale, String justification, String sourceCitation, String sourceUrl) {}

    public ProposalView propose(CurrentUser user, byte[] file, Options options) {
        proposals.checkMayImport(user);
        if (file.length > ApiRequestGuard.UPLOAD_MAX) {
            throw new InvalidInputException("file", "at most " + ApiRequestGuard.UPLOAD_MAX + " bytes (2 MB)");
        }
        Matrix current = matrices.matrix(PointInTime.now());
        List<UploadedMatrix.Mark> marks = UploadedMatrix.read(
                SheetFile.read(file),
                current.columns().stream()
                        .collect(Collectors.toMap(Matrix.Column::label, Matrix.Column::organization, (a, b) -> a)),
                current.themes().stream().map(Matrix.Row::number).collect(Collectors.toSet()));
        List<ImportedCell> changed = differences(current, marks);
        if (changed.isEmpty()) {
            throw new NothingToProposeException();
        }
        boolean hasSource = present(options.sourceCitation()) || present(options.sourceUrl());
        return proposals.importDraft(
                user,
                present(options.title()) ? options.title() : DEFAULT_TITLE,
                options.rationale(),
                changed,
                present(options.justification()) ? options.justification() : DEFAULT_JUSTIFICATION,
                hasSource ? new ItemInput.SourceInput(options.sourceCitation(), options.sourceUrl()) : null);
    }

    /** The uploaded marks that differ from the current matrix, in the matrix's order. */
    static List<ImportedCell> differences(Matrix current, List<UploadedMatrix.Mark> marks) {
        Map<String, Level> levels = new HashMap<>();
        current.cells()
                .forEach(cell -> levels.put(MatrixWorkbook.key(cell.organization(), cell.theme()), cell.level()));
        Map<String, Integer> positions = new HashMap<>();
        current.columns().forEach(column -> positions.put(column.organization(), column.position()));
        Map<String, ImportedCell> changed = new LinkedHashMap<>();
        marks.stream()
                .sorted((a, b) -> a.theme() != b.theme()
                        ? Integer.compare(a.theme(), b.theme())
                        : Integer.compare(positions.get(a.organization()), positions.get(b.organization())))
                .filter(mark -> mark.level()
                        != levels.getOrDefault(MatrixWorkbook.key(mark.organization(), mark.theme()), Level.NONE))
                .forEach(mark -> changed.put(
                        MatrixWorkbook.key(mark.organization(), mark.theme()),
                        new ImportedCell(mark.organization(), mark.theme(), mark.level())));
        return List.copyOf(changed.values());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
