import { h } from '../dom.js';
import { t } from '../i18n.js';

/**
 * The evidence of one item: rows of citation + link, at least one (the UI asks for a source for
 * every item; the API requires one for cell changes).
 */
export function sourcesEditor(id, initial) {
    const list = h('div', { class: 'scm-sources__list' });
    const rows = [];
    const renumber = () => rows.forEach((row, i) => row.renumber(i));

    const addRow = (source = {}) => {
        const index = rows.length;
        const citation = h('input', { class: 'govuk-input', type: 'text', id: `${id}-source-${index}-citation` });
        const url = h('input', { class: 'govuk-input', type: 'url', inputmode: 'url', id: `${id}-source-${index}-url`, spellcheck: 'false' });
        citation.value = source.citation ?? '';
        url.value = source.url ?? '';
        const citationGroup = h('div', { class: 'govuk-form-group' }, h('label', { class: 'govuk-label', for: citation.id }), citation);
        const urlGroup = h('div', { class: 'govuk-form-group' }, h('label', { class: 'govuk-label', for: url.id }), url);
        const removeButton = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary scm-button--small' });
        const fieldset = h('fieldset', { class: 'govuk-fieldset scm-source' },
            h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }), citationGroup, urlGroup, removeButton);
        const row = {
            fieldset, citation, url,
            renumber(i) {
                fieldset.dataset.field = `sources[${i}]`;
                citationGroup.dataset.field = `sources[${i}].citation`;
                urlGroup.dataset.field = `sources[${i}].url`;
                fieldset.querySelector('legend').textContent = t('source.number', { number: i + 1 });
                citationGroup.querySelector('label').textContent = t('source.citation');
                urlGroup.querySelector('label').textContent = t('source.url');
                removeButton.textContent = t('source.remove');
                removeButton.append(h('span', { class: 'govuk-visually-hidden' }, ` ${i + 1}`));
                removeButton.hidden = rows.length === 1;
            },
        };
        removeButton.addEventListener('click', () => {
            rows.splice(rows.indexOf(row), 1);
            fieldset.remove();
            renumber();
            rows[0]?.citation.focus();
        });
        rows.push(row);
        list.append(fieldset);
        renumber();
        return row;
    };

    (initial.length ? initial : [{}]).forEach(addRow);
    const addButton = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary' }, t('source.add'));
    addButton.addEventListener('click', () => addRow().citation.focus());

    return {
        element: h('div', { class: 'govuk-form-group scm-sources', 'data-field': 'sources' },
            h('h3', { class: 'govuk-heading-s' }, t('source.heading')),
            h('div', { class: 'govuk-hint' }, t('source.hint')),
            list, addButton),
        value: () => rows.map((row) => ({ citation: row.citation.value.trim() || null, url: row.url.value.trim() || null }))
            .filter((source) => source.citation || source.url),
    };
}
