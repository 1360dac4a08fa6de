package org.scm.mapping.proposal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scm.mapping.matrix.Involvement;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.matrix.Theme;
import org.scm.mapping.organization.Category;
import org.scm.mapping.organization.Organization;

/** A small mapping in memory, standing in for the database where the kinds of change read and write it. */
class TestMapping extends CurrentMapping {

    final Map<String, Organization> organizations = new HashMap<>();
    final Map<Integer, Theme> themes = new HashMap<>();
    final Map<String, Involvement> cells = new HashMap<>();
    final List<Object> added = new ArrayList<>();
    long revision = 7;

    /** UNHCR (column 1) and OECD (outside the matrix), theme 4; UNHCR × 4 is INVOLVED. */
    static TestMapping small() {
        TestMapping mapping = new TestMapping();
        Organization unhcr =
                new Organization("UNHCR", "Office of the UN High Commissioner for Refugees", Category.UN_AGENCY);
        unhcr.placeInMatrix(1, "ACNUR");
        unhcr.reviseMandate("Protects refugees.");
        Organization oecd = new Organization(
                "OECD", "Organisation for Economic Co-operation and Development", Category.NON_UN_GLOBAL);
        mapping.organizations.put("UNHCR", unhcr);
        mapping.organizations.put("OECD", oecd);
        Theme remittances = new Theme(4, "Remittances");
        mapping.themes.put(4, remittances);
        mapping.cells.put("UNHCR/4", new Involvement(unhcr, remittances, Level.INVOLVED));
        return mapping;
    }

    @Override
    public long latestRevision() {
        return revision;
    }

    @Override
    public Optional<Organization> organization(String code) {
        return Optional.ofNullable(organizations.get(code));
    }

    @Override
    public Optional<Theme> theme(int number) {
        return Optional.ofNullable(themes.get(number));
    }

    @Override
    public Optional<Involvement> cell(String organization, int theme) {
        return Optional.ofNullable(cells.get(organization + "/" + theme));
    }

    @Override
    int nextColumn() {
        return 2;
    }

    @Override
    int nextThemeNumber() {
        return 5;
    }

    @Override
    List<Theme> themes() {
        return List.copyOf(themes.values());
    }

    @Override
    List<Organization> columns() {
        return organizations.values().stream().filter(Organization::isInMatrix).toList();
    }

    @Override
    void add(Object entity) {
        added.add(entity);
    }
}
