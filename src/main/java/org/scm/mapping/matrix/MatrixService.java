package org.scm.mapping.matrix;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.organization.Organization;
import org.scm.mapping.platform.Reading;

/** The themes and the matrix, now or as they stood at a past revision. */
@ApplicationScoped
public class MatrixService {

    @Inject
    Reading reading;

    public List<Theme> themes() {
        return reading.read(entityManager -> entityManager.createNamedQuery(Theme.ALL, Theme.class).getResultList());
    }

    public Optional<Theme> theme(int number) {
        return reading.read(entityManager -> Theme.find(entityManager, number));
    }

    public Matrix matrix(PointInTime at) {
        return reading.read(entityManager -> {
            // organizations and themes first: Envers then finds the cells' references among them
            List<Organization> organizations = at.readAll(entityManager, Organization.class, Organization.ALL);
            List<Theme> themes = at.readAll(entityManager, Theme.class, Theme.ALL);
            List<Involvement> cells = at.readAll(entityManager, Involvement.class, Involvement.ALL);
            return Matrix.of(at, organizations, themes, cells);
        });
    }

    /** The current cell of an organization and a theme; empty when either does not exist or has no cell. */
    public Optional<Involvement> cell(String organization, int theme) {
        return reading.read(entityManager -> Involvement.find(entityManager, organization, theme));
    }
}
