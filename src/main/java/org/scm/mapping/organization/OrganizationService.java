package org.scm.mapping.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.platform.Reading;

/** Organization profiles, now or as they stood at a past revision. */
@ApplicationScoped
public class OrganizationService {

    @Inject
    Reading reading;

    /** The organizations that pass {@code filter}, in {@link Organization#MATRIX_ORDER}. */
    public List<Organization> list(OrganizationFilter filter, PointInTime at) {
        return all(at).stream().filter(filter).sorted(Organization.MATRIX_ORDER).toList();
    }

    public Optional<Organization> find(String code, PointInTime at) {
        return all(at).stream()
                .filter(organization -> organization.getCode().equals(code))
                .findFirst();
    }

    private List<Organization> all(PointInTime at) {
        return reading.read(entityManager -> at.readAll(entityManager, Organization.class, Organization.ALL));
    }
}
