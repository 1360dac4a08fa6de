import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, segment } from '../api.js';
import { LEVELS, levelLabel } from '../domain/levels.js';
import { TEXT_FIELDS, PROFILE_PROPERTY, fieldName } from '../domain/proposals.js';
import { wordDiff } from './word-diff.js';
import { sourcesEditor } from './sources-editor.js';

let counter = 0;

/**
 * One proposed change (an item): a cell's new level, or a profile's new text with a live word
 * diff against the current text; a justification and at least one source either way.
 *
 * @param organizations GET /api/organizations; @param themes the matrix's themes
 * @param initial an item from the API, or just a target {organization, theme}
 * @returns {element, value()} — value() is the API's item input
 */
export function itemForm({ organizations, themes, initial = {} }) {
    const id = `item-${++counter}`;
    const columns = organizations.filter((organization) => organization.matrixPosition);
    const kind = initial.kind ?? (initial.organization && !initial.theme ? 'ORGANIZATION_FIELD' : 'CELL_LEVEL');

    const kindRadios = radios(`${id}-kind`, 'kind', t('item.kind'), [
        { value: 'CELL_LEVEL', label: t('item.kindCell'), hint: t('item.kindCellHint') },
        { value: 'ORGANIZATION_FIELD', label: t('item.kindText'), hint: t('item.kindTextHint') },
    ], kind);

    // cell change
    const cellOrganization = select(`${id}-cell-organization`, 'organization', t('item.organization'),
        columns.map((organization) => ({ value: organization.code, label: `${organization.name} (${organization.matrixLabel})` })),
        initial.organization);
    const theme = select(`${id}-theme`, 'theme', t('item.theme'),
        themes.map((entry) => ({ value: entry.number, label: `${entry.number}. ${entry.title}` })), initial.theme);
    const currentLevel = h('p', { class: 'govuk-inset-text scm-current', 'aria-live': 'polite' });
    const level = radios(`${id}-level`, 'level', t('item.newLevel'),
        LEVELS.map((value) => ({ value, label: levelLabel(value) })), initial.level);
    const note = textarea(`${id}-note`, 'note', t('item.note'), initial.note ?? '', { hint: t('item.noteHint'), rows: 2 });
    const cellPart = h('div', { class: 'scm-item__cell' }, cellOrganization.group, theme.group, currentLevel, level.group, note.group);

    // text change
    const textOrganization = select(`${id}-text-organization`, 'organization', t('item.organization'),
        organizations.map((organization) => ({ value: organization.code, label: organization.name })), initial.organization);
    const field = select(`${id}-field`, 'field', t('item.field'),
        TEXT_FIELDS.map((value) => ({ value, label: fieldName(value) })), initial.field ?? 'MANDATE');
    const text = textarea(`${id}-text`, 'text', t('item.newText'), initial.text ?? '', { rows: 8 });
    const diff = h('div', { class: 'scm-diff-box', 'aria-live': 'off' });
    const diffHeading = h('h3', { class: 'govuk-heading-s' }, t('item.diffHeading'));
    let currentText = null;
    const textPart = h('div', { class: 'scm-item__text' }, textOrganization.group, field.group, text.group,
        h('div', { class: 'scm-diff-panel' }, diffHeading, diff));

    const justification = textarea(`${id}-justification`, 'justification', t('item.justification'),
        initial.justification ?? '', { hint: t('item.justificationHint'), rows: 3 });
    const sources = sourcesEditor(id, initial.sources ?? []);

    const showKind = () => {
        const cell = kindRadios.value() === 'CELL_LEVEL';
        cellPart.hidden = !cell;
        textPart.hidden = cell;
    };
    const refreshCurrentLevel = async () => {
        currentLevel.textContent = t('loading');
        try {
            const cell = await getJson(`matrix/cells/${segment(cellOrganization.input.value)}/${segment(theme.input.value)}`);
            currentLevel.textContent = t('item.currentLevel', { level: levelLabel(cell.level) });
        } catch (problem) {
            currentLevel.textContent = t('item.currentUnknown');
        }
    };
    const refreshDiff = () => {
        diff.replaceChildren(currentText === null ? t('loading') : wordDiff(currentText, text.input.value));
    };
    const refreshCurrentText = async ({ fill }) => {
        currentText = null;
        refreshDiff();
        try {
            const profile = await getJson(`organizations/${segment(textOrganization.input.value)}`);
            currentText = profile[PROFILE_PROPERTY[field.input.value]] ?? '';
            if (fill) {
                text.input.value = currentText;
            }
        } catch (problem) {
            currentText = '';
        }
        refreshDiff();
    };

    kindRadios.group.addEventListener('change', showKind);
    cellOrganization.input.addEventListener('change', refreshCurrentLevel);
    theme.input.addEventListener('change', refreshCurrentLevel);
    textOrganization.input.addEventListener('change', () => refreshCurrentText({ fill: true }));
    field.input.addEventListener('change', () => refreshCurrentText({ fill: true }));
    text.input.addEventListener('input', refreshDiff);
    showKind();
    refreshCurrentLevel();
    refreshCurrentText({ fill: initial.text === undefined || initial.text === null });

    const element = h('div', { class: 'scm-item-form' }, kindRadios.group, cellPart, textPart, justification.group, sources.element);
    return {
        element,
        value() {
            const common = { justification: justification.input.value, sources: sources.value() };
            return kindRadios.value() === 'CELL_LEVEL'
                ? { kind: 'CELL_LEVEL', organization: cellOrganization.input.value, theme: Number(theme.input.value),
                    level: level.value(), note: note.input.value || null, ...common }
                : { kind: 'ORGANIZATION_FIELD', organization: textOrganization.input.value, field: field.input.value,
                    text: text.input.value, ...common };
        },
    };
}

export function select(id, fieldKey, label, options, selected) {
    const input = h('select', { class: 'govuk-select', id, name: fieldKey },
        options.map((option) => h('option', { value: option.value, selected: String(option.value) === String(selected ?? '') }, option.label)));
    return { input, group: h('div', { class: 'govuk-form-group', 'data-field': fieldKey }, h('label', { class: 'govuk-label', for: id }, label), input) };
}

export function textarea(id, fieldKey, label, value, { hint, rows = 4 } = {}) {
    const hintId = hint ? `${id}-hint` : null;
    const input = h('textarea', { class: 'govuk-textarea', id, name: fieldKey, rows, 'aria-describedby': hintId });
    input.value = value;
    return {
        input,
        group: h('div', { class: 'govuk-form-group', 'data-field': fieldKey },
            h('label', { class: 'govuk-label govuk-label--s', for: id }, label),
            hint ? h('div', { class: 'govuk-hint', id: hintId }, hint) : null,
            input),
    };
}

export function radios(id, fieldKey, legend, options, checked) {
    const inputs = options.map((option, i) => h('input', {
        class: 'govuk-radios__input', type: 'radio', id: `${id}-${i}`, name: id, value: option.value,
        checked: String(option.value) === String(checked ?? ''),
        'aria-describedby': option.hint ? `${id}-${i}-hint` : null,
    }));
    const group = h('div', { class: 'govuk-form-group', 'data-field': fieldKey },
        h('fieldset', { class: 'govuk-fieldset' },
            h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, legend),
            h('div', { class: 'govuk-radios govuk-radios--small' }, options.map((option, i) => h('div', { class: 'govuk-radios__item' },
                inputs[i],
                h('label', { class: 'govuk-label govuk-radios__label', for: `${id}-${i}` }, option.label),
                option.hint ? h('div', { class: 'govuk-hint govuk-radios__hint', id: `${id}-${i}-hint` }, option.hint) : null)))));
    return { group, inputs, value: () => inputs.find((input) => input.checked)?.value ?? null };
}
