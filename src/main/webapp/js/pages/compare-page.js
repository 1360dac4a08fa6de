import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson } from '../api.js';
import { loadInto } from '../components/loading.js';
import { levelLabel } from '../domain/levels.js';
import { goTo } from '../navigation.js';

/**
 * Compare two states of the mapping (an edition year, rev:N, a date, or now) — GET /api/compare,
 * built with the history issue: cells [{organization, theme, from, to, change, proposals}].
 */
const CHANGE_TAG = { added: 'govuk-tag--green', removed: 'govuk-tag--red', strengthened: 'govuk-tag--blue', weakened: 'govuk-tag--yellow' };

export default {
    title: () => t('compare.title'),
    async render(main, params, query) {
        const from = query.get('from') ?? '2014';
        const to = query.get('to') ?? 'now';
        const input = (id, value) => {
            const element = h('input', { class: 'govuk-input govuk-input--width-10', id, name: id, type: 'text', 'aria-describedby': 'compare-hint' });
            element.value = value;
            return element;
        };
        const fromInput = input('from', from);
        const toInput = input('to', to);
        const form = h('form', { class: 'scm-filters', method: 'get', action: '/compare' },
            h('div', { class: 'govuk-form-group' }, h('label', { class: 'govuk-label', for: 'from' }, t('compare.from')), fromInput),
            h('div', { class: 'govuk-form-group' }, h('label', { class: 'govuk-label', for: 'to' }, t('compare.to')), toInput),
            h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, t('compare.action')));
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            goTo(`/compare?${new URLSearchParams({ from: fromInput.value.trim(), to: toInput.value.trim() })}`);
        });
        const body = h('div', {});
        main.append(h('h1', { class: 'govuk-heading-l' }, t('compare.title')),
            h('p', { class: 'govuk-hint', id: 'compare-hint' }, t('compare.hint')), form, body);
        await loadInto(body, () => getJson(`compare?${new URLSearchParams({ from, to })}`), (comparison) => {
            const cells = comparison.cells ?? [];
            if (!cells.length) {
                return h('p', { class: 'govuk-body' }, t('compare.none'));
            }
            return h('table', { class: 'govuk-table' },
                h('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, t('compare.caption', { from, to })),
                h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
                    ['cell.organization', 'matrix.themeHeader', 'compare.fromLevel', 'compare.toLevel', 'compare.change', 'compare.proposals']
                        .map((key) => h('th', { scope: 'col', class: 'govuk-table__header' }, t(key))))),
                h('tbody', { class: 'govuk-table__body' }, cells.map((cell) => h('tr', { class: 'govuk-table__row' },
                    h('td', { class: 'govuk-table__cell' }, cell.organization),
                    h('td', { class: 'govuk-table__cell' }, String(cell.theme)),
                    h('td', { class: 'govuk-table__cell' }, levelLabel(cell.from)),
                    h('td', { class: 'govuk-table__cell' }, levelLabel(cell.to)),
                    h('td', { class: 'govuk-table__cell' }, h('strong', { class: ['govuk-tag', CHANGE_TAG[cell.change]] }, t(`compare.${cell.change}`))),
                    h('td', { class: 'govuk-table__cell' }, (cell.proposals ?? []).map((id) =>
                        h('a', { class: 'govuk-link scm-space-after', href: `/proposals/${id}` }, `#${id}`)))))));
        });
    },
};
