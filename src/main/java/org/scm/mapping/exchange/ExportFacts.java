package org.scm.mapping.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scm.mapping.history.Comparison;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.matrix.Matrix;
import org.scm.mapping.matrix.MatrixService;
import org.scm.mapping.organization.Organization;
import org.scm.mapping.organization.OrganizationFilter;
import org.scm.mapping.organization.OrganizationService;

/** What the exports add to the data they write: full organization names, and the state in words. */
@ApplicationScoped
public class ExportFacts {

    @Inject
    OrganizationService organizations;

    @Inject
    MatrixService matrices;

    /** Full organization names by code, in that state. */
    public Map<String, String> names(PointInTime at) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Organization organization : organizations.list(OrganizationFilter.ALL, at)) {
            names.put(organization.getCode(), organization.getName());
        }
        return names;
    }

    public Matrix matrix(PointInTime at) {
        return matrices.matrix(at);
    }

    public String describe(Matrix matrix) {
        return describe(new Comparison.Side(null, matrix.edition(), matrix.revision(), matrix.recordedAt()));
    }

    static PointInTime stateOf(Matrix matrix) {
        return new PointInTime(matrix.edition(), matrix.revision(), matrix.recordedAt());
    }

    static PointInTime stateOf(Comparison.Side side) {
        return new PointInTime(side.edition(), side.revision(), side.recordedAt());
    }

    /** "Edition 2014 (revision 1, recorded 2014-10-16T00:00:00Z)", "revision 57 (recorded …)", "the current state". */
    static String describe(Comparison.Side side) {
        String revision =
                side.revision() == null ? null : "revision " + side.revision() + ", recorded " + side.recordedAt();
        if (side.edition() != null) {
            return "edition " + side.edition()
                    + (revision == null ? " (in progress: the current state)" : " (" + revision + ")");
        }
        return revision != null ? revision : "the current state";
    }
}
