package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.organization.Category;
import org.scm.mapping.organization.Organization;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.Problem.FieldProblem;

/**
 * Checks an {@link ItemInput} against the rules of its kind and the current mapping, reporting every
 * offending field at once: unknown targets, values outside their range, text over its limit, and
 * missing evidence (cell changes need a source and a justification, text changes a justification).
 */
@ApplicationScoped
public class ItemValidator {

    public static final int NOTE_MAX = 4000;
    public static final int JUSTIFICATION_MAX = 4000;
    public static final int TEXT_MAX = 20_000;
    public static final int NAME_MAX = 300;
    public static final int SOURCES_MAX = 20;
    static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";

    @Inject
    MappingTargets targets;

    public ItemContent validate(ItemInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input == null) {
            throw new InvalidInputException("body", "an item is required");
        }
        ItemKind kind = parse(input.kind(), ItemKind::valueOf, "kind", problems);
        String justification = text(input.justification(), "justification", JUSTIFICATION_MAX, problems);
        if (kind == null) {
            if (input.kind() == null) {
                problems.add(new FieldProblem("kind",
                        "one of CELL_LEVEL, ORGANIZATION_FIELD, NEW_ORGANIZATION, NEW_THEME is required"));
            }
            throw new InvalidInputException(problems);
        }
        if (justification == null) {
            problems.add(new FieldProblem("justification", "a justification is required"));
        }
        List<Source> sources = sources(input.sources(), problems);
        ItemContent content = switch (kind) {
            case CELL_LEVEL -> cell(input, justification, sources, problems);
            case ORGANIZATION_FIELD -> organizationField(input, justification, sources, problems);
            case NEW_ORGANIZATION -> newOrganization(input, justification, sources, problems);
            case NEW_THEME -> newTheme(input, justification, sources, problems);
        };
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return content;
    }

    private ItemContent cell(ItemInput input, String justification, List<Source> sources, List<FieldProblem> problems) {
        Optional<Organization> organization = existingOrganization(input.organization(), problems);
        organization.filter(org -> !org.isInMatrix()).ifPresent(org ->
                problems.add(new FieldProblem("organization", org.getCode() + " is not a column of the matrix")));
        if (input.theme() == null) {
            problems.add(new FieldProblem("theme", "a theme number is required"));
        } else if (targets.theme(input.theme()).isEmpty()) {
            problems.add(new FieldProblem("theme", "there is no theme " + input.theme()));
        }
        Level level = parse(input.level(), Level::valueOf, "level", problems);
        if (input.level() == null) {
            problems.add(new FieldProblem("level", "one of NONE, INVOLVED, STRONG is required"));
        }
        String note = text(input.note(), "note", NOTE_MAX, problems);
        if (sources.isEmpty()) {
            problems.add(new FieldProblem("sources", "a cell change needs at least one source (citation or URL)"));
        }
        return new ItemContent(ItemKind.CELL_LEVEL, input.organization(), input.theme(), null,
                level == null ? null : level.name(), note, null, null, null, null, justification, sources);
    }

    private ItemContent organizationField(ItemInput input, String justification, List<Source> sources,
                                          List<FieldProblem> problems) {
        existingOrganization(input.organization(), problems);
        OrganizationField field = parse(input.field(), OrganizationField::valueOf, "field", problems);
        if (input.field() == null) {
            problems.add(new FieldProblem("field", "one of NAME, MANDATE, MIGRATION_INVOLVEMENT, NOTES, FOUNDING_YEAR"));
        }
        String value = null;
        if (field == OrganizationField.FOUNDING_YEAR) {
            if (input.foundingYear() != null) {
                foundingYear(input.foundingYear(), "foundingYear", problems);
                value = String.valueOf(input.foundingYear());
            }
        } else if (field != null) {
            value = text(input.text(), "text", field == OrganizationField.NAME ? NAME_MAX : TEXT_MAX, problems);
            if (field == OrganizationField.NAME && value == null) {
                problems.add(new FieldProblem("text", "an organization needs a name"));
            }
        }
        return new ItemContent(ItemKind.ORGANIZATION_FIELD, input.organization(), null, field, value, null, null, null,
                null, null, justification, sources);
    }

    private ItemContent newOrganization(ItemInput input, String justification, List<Source> sources,
                                        List<FieldProblem> problems) {
        String code = input.organization();
        if (code == null || !code.matches(CODE_PATTERN)) {
            problems.add(new FieldProblem("organization",
                    "a new code of 2 to 40 upper-case letters, digits or hyphens is required"));
        } else if (targets.organization(code).isPresent()) {
            problems.add(new FieldProblem("organization", "organization " + code + " already exists"));
        }
        String name = text(input.name(), "name", NAME_MAX, problems);
        if (name == null) {
            problems.add(new FieldProblem("name", "a name is required"));
        }
        Category category = parse(input.category(), Category::valueOf, "category", problems);
        if (input.category() == null) {
            problems.add(new FieldProblem("category", "a category is required"));
        }
        if (input.foundingYear() != null) {
            foundingYear(input.foundingYear(), "foundingYear", problems);
        }
        return new ItemContent(ItemKind.NEW_ORGANIZATION, code, null, null, null, null, name,
                category == null ? null : category.name(), input.foundingYear(), Boolean.TRUE.equals(input.inMatrix()),
                justification, sources);
    }

    private ItemContent newTheme(ItemInput input, String justification, List<Source> sources,
                                 List<FieldProblem> problems) {
        String title = text(input.name(), "name", NAME_MAX, problems);
        if (title == null) {
            problems.add(new FieldProblem("name", "the new theme's title is required"));
        }
        return new ItemContent(ItemKind.NEW_THEME, null, null, null, null, null, title, null, null, null,
                justification, sources);
    }

    private Optional<Organization> existingOrganization(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("organization", "an organization code is required"));
            return Optional.empty();
        }
        Optional<Organization> organization = targets.organization(code);
        if (organization.isEmpty()) {
            problems.add(new FieldProblem("organization", "there is no organization " + code));
        }
        return organization;
    }

    private static List<Source> sources(List<ItemInput.SourceInput> inputs, List<FieldProblem> problems) {
        List<Source> sources = new ArrayList<>();
        if (inputs == null) {
            return sources;
        }
        if (inputs.size() > SOURCES_MAX) {
            problems.add(new FieldProblem("sources", "at most " + SOURCES_MAX + " sources"));
            return sources;
        }
        for (int i = 0; i < inputs.size(); i++) {
            ItemInput.SourceInput input = inputs.get(i);
            String at = "sources[" + i + "]";
            String citation = input == null ? null : text(input.citation(), at + ".citation", Source.CITATION_MAX, problems);
            String url = input == null ? null : text(input.url(), at + ".url", Source.URL_MAX, problems);
            if (url != null && !isWebAddress(url)) {
                problems.add(new FieldProblem(at + ".url", "an http or https address is required"));
                continue;
            }
            if (citation == null && url == null) {
                problems.add(new FieldProblem(at, "a source needs a citation or a URL"));
                continue;
            }
            sources.add(new Source(citation, url));
        }
        return sources;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static void foundingYear(int year, String field, List<FieldProblem> problems) {
        if (year < 1800 || year > Year.now().getValue()) {
            problems.add(new FieldProblem(field, "a year between 1800 and this year is required"));
        }
    }

    /** Stripped text, null when blank; a problem when longer than {@code max}. */
    static String text(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "at most " + max + " characters (was " + text.length() + ")"));
        }
        return text;
    }

    private static <E extends Enum<E>> E parse(String value, Function<String, E> parser, String field,
                                              List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "'" + value + "' is not a valid value"));
            return null;
        }
    }
}
