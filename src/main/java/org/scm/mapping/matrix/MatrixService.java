package org.scm.mapping.matrix;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.organization.Organization;
import org.scm.mapping.platform.Reading;

/** The themes and the matrix, now or as they stood at a past revision. */
@ApplicationScoped
public class MatrixService {

    @Inject
    Reading reading;

    public List<Theme> themes(PointInTime at) {
        return reading.read(entityManager -> at.readAll(entityManager, Theme.class, Theme.ALL).stream()
                .sorted(Comparator.comparingInt(Theme::getNumber))
                .toList());
    }

    public Optional<Theme> theme(int number, PointInTime at) {
        return themes(at).stream().filter(theme -> theme.getNumber() == number).findFirst();
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

    /** The cell of an organization and a theme in that state; empty when either does not exist or has no cell. */
    public Optional<Involvement> cell(String organization, int theme, PointInTime at) {
        return reading.read(entityManager -> at.pastRevision()
                .map(revision -> pastCell(entityManager, organization, theme, at))
                .orElseGet(() -> Involvement.find(entityManager, organization, theme)));
    }

    private static Optional<Involvement> pastCell(
            EntityManager entityManager, String code, int number, PointInTime at) {
        Optional<Organization> organization = at.readAll(entityManager, Organization.class, Organization.ALL).stream()
                .filter(candidate -> candidate.getCode().equals(code))
                .findFirst();
        Optional<Theme> theme = at.readAll(entityManager, Theme.class, Theme.ALL).stream()
                .filter(candidate -> candidate.getNumber() == number)
                .findFirst();
        if (organization.isEmpty() || theme.isEmpty()) {
            return Optional.empty();
        }
        return AuditReaderFactory.get(entityManager)
                .createQuery()
                .forEntitiesAtRevision(Involvement.class, at.pastRevision().orElseThrow())
                .add(AuditEntity.relatedId("organization").eq(organization.get().getId()))
                .add(AuditEntity.relatedId("theme").eq(theme.get().getId()))
                .getResultList()
                .stream()
                .map(Involvement.class::cast)
                .findFirst();
    }
}
