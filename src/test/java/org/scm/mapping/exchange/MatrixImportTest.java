package org.scm.mapping.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.matrix.Matrix;
import org.scm.mapping.proposal.ProposalService.ImportedCell;

class MatrixImportTest {

    @Test
    void onlyTheCellsWhoseMarkDiffersAreProposedInTheMatrixOrder() {
        Matrix current = AnnexMatrix.of2014(PointInTime.now());
        List<UploadedMatrix.Mark> marks = new ArrayList<>();
        current.cells()
                .forEach(cell -> marks.add(new UploadedMatrix.Mark(cell.organization(), cell.theme(), cell.level())));
        // theme 1 of ORG0 is x and of ORG12 blank in 2014; theme 4 of ORG1 is xx
        marks.replaceAll(mark -> switch (mark.organization() + "/" + mark.theme()) {
            case "ORG12/1" -> new UploadedMatrix.Mark("ORG12", 1, Level.STRONG);
            case "ORG1/4" -> new UploadedMatrix.Mark("ORG1", 4, Level.NONE);
            case "ORG0/1" -> new UploadedMatrix.Mark("ORG0", 1, Level.INVOLVED);
            default -> mark;
        });
        Collections.reverse(marks);

        assertEquals(
                List.of(new ImportedCell("ORG12", 1, Level.STRONG), new ImportedCell("ORG1", 4, Level.NONE)),
                MatrixImport.differences(current, marks));
    }
}
