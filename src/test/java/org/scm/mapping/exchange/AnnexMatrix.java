package org.scm.mapping.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.matrix.Involvement;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.matrix.Matrix;
import org.scm.mapping.matrix.Theme;
import org.scm.mapping.organization.Category;
import org.scm.mapping.organization.Organization;
import org.scm.mapping.testing.Annex2014;

/** The 2014 annex as a {@link Matrix} for unit tests: column i has the code {@code ORGi} and the annex's label. */
final class AnnexMatrix {

    static final Annex2014 ANNEX = Annex2014.load();

    private AnnexMatrix() {}

    static Matrix of2014(PointInTime at) {
        List<Organization> organizations = new ArrayList<>();
        for (int column = 0; column < ANNEX.labels().size(); column++) {
            Organization organization = new Organization("ORG" + column, "Organization " + column, Category.UN_AGENCY);
            organization.placeInMatrix(column + 1, ANNEX.labels().get(column));
            organizations.add(organization);
        }
        List<Theme> themes = new ArrayList<>();
        List<Involvement> cells = new ArrayList<>();
        for (List<String> row : ANNEX.rows()) {
            Theme theme = new Theme(Integer.parseInt(row.get(0)), row.get(1));
            themes.add(theme);
            for (int column = 0; column < organizations.size(); column++) {
                cells.add(new Involvement(
                        organizations.get(column), theme, Level.fromSymbol(Annex2014.mark(row, column))));
            }
        }
        return Matrix.of(at, organizations, themes, cells);
    }

    static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (int column = 0; column < ANNEX.labels().size(); column++) {
            names.put("ORG" + column, "Organization " + column);
        }
        return names;
    }

    static Map<String, String> codesByLabel() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (int column = 0; column < ANNEX.labels().size(); column++) {
            codes.put(ANNEX.labels().get(column), "ORG" + column);
        }
        return codes;
    }
}
