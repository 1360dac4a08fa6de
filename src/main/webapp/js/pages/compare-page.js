import { h } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { getJson } from '../api.js';
import { loadInto } from '../components/loading.js';
import { levelLabel } from '../domain/levels.js';
import { goTo } from '../navigation.js';
import { downloadLinks } from '../components/download.js';
import { fieldChange, proposalLink, utcText, calendarDate } from '../components/revision-facts.js';

/**
 * Compare two states of the mapping — GET /api/compare?from=&to=, each side an edition year, a date,
 * rev:N or now: a heatmap of the cells that changed (added, removed, strengthened, weakened), the
 * same cells as a table with the proposals responsible, organizations and themes added or removed,
 * and the profile texts that changed, as word diffs.
 */
const CHANGES = ['added', 'removed', 'strengthened', 'weakened'];
const SYMBOL = { added: '+', removed: '−', strengthened: '▲', weakened: '▼' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export default {
    title: () => t('compare.title'),
    async render(main, params, query) {
        const from = (query.get('from') ?? '2014').trim() || '2014';
        const to = (query.get('to') ?? 'now').trim() || 'now';
        const pickers = h('div', {});
        const body = h('div', {});
        main.append(h('h1', { class: 'govuk-heading-l' }, t('compare.title')),
            h('p', { class: 'govuk-body scm-lead' }, t('compare.intro')), pickers, body);
        const [editions, matrix] = await Promise.all([getJson('editions').catch(() => []), getJson('matrix').catch(() => null)]);
        pickers.append(compareForm(editions, from, to));
        const search = new URLSearchParams({ from, to });
        await loadInto(body, () => getJson(`compare?${search}`), (comparison) =>
            result(comparison, { matrix, search, editions }));
    },
};

/** Two pickers (an edition, now, or a date; a revision when the address asks for one) and the button. */
function compareForm(editions, from, to) {
    const published = editions.filter((edition) => edition.state === 'PUBLISHED');
    const side = (name, value) => {
        const choice = h('select', { class: 'govuk-select', id: `${name}-choice`, name: `${name}-choice` },
            published.map((edition) => h('option', { value: String(edition.year) }, t('compare.edition', { year: edition.year }))),
            h('option', { value: 'now' }, t('compare.now')),
            h('option', { value: 'date' }, t('compare.onDate')),
            /^rev:\d+$/.test(value) ? h('option', { value }, t('history.revision', { revision: value.slice(4) })) : null);
        const date = h('input', { class: 'govuk-input govuk-input--width-10', id: `${name}-date`, name: `${name}-date`, type: 'date' });
        const known = [...choice.options].some((option) => option.value === value);
        choice.value = known ? value : 'date';
        date.value = DATE.test(value) ? value : (known ? '' : value.slice(0, 10));
        const dateGroup = h('div', { class: 'govuk-form-group scm-compare__date', 'data-field': name },
            h('label', { class: 'govuk-label', for: date.id }, t('compare.date')), date);
        const showDate = () => {
            dateGroup.hidden = choice.value !== 'date';
        };
        choice.addEventListener('change', showDate);
        showDate();
        const fieldset = h('fieldset', { class: 'govuk-fieldset scm-compare__side' },
            h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, t(`compare.${name}`)),
            h('div', { class: 'govuk-form-group' }, h('label', { class: 'govuk-label', for: choice.id }, t('compare.state')), choice),
            dateGroup);
        return { fieldset, value: () => (choice.value === 'date' ? date.value : choice.value), date, choice };
    };
    const fromSide = side('from', from);
    const toSide = side('to', to);
    const message = h('p', { class: 'govuk-error-message', role: 'status' });
    const form = h('form', { class: 'scm-filters scm-compare__form', method: 'get', action: '/compare', novalidate: true },
        fromSide.fieldset, toSide.fieldset,
        h('div', { class: 'scm-compare__submit' }, h('button', { type: 'submit', class: 'govuk-button' }, t('compare.action')), message));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        const missing = [fromSide, toSide].find((entry) => !entry.value());
        if (missing) {
            message.textContent = t('compare.dateMissing');
            missing.date.focus();
            return;
        }
        goTo(`/compare?${new URLSearchParams({ from: fromSide.value(), to: toSide.value() })}`);
    });
    return form;
}

function result(comparison, { matrix, search, editions }) {
    const names = new Map((matrix?.columns ?? []).map((column) => [column.organization, column.label]));
    const themes = new Map((matrix?.themes ?? []).map((theme) => [theme.number, theme.title]));
    (comparison.themes?.removed ?? []).forEach((theme) => themes.set(theme.number, theme.title));
    const cells = comparison.cells ?? [];
    const total = comparison.counts?.total ?? { added: 0, removed: 0, strengthened: 0, weakened: 0, total: cells.length };
    const profiles = comparison.organizations?.changed ?? [];
    const caption = t('compare.caption', { from: sideName(comparison.from), to: sideName(comparison.to) });
    return [
        h('dl', { class: 'govuk-summary-list scm-compare__sides' },
            sideRow(t('compare.from'), comparison.from, editions), sideRow(t('compare.to'), comparison.to, editions)),
        h('h2', { class: 'govuk-heading-m' }, caption),
        h('ul', { class: 'govuk-list scm-compare__totals' },
            h('li', {}, h('strong', {}, t('compare.cellsChanged', { count: total.total }))),
            CHANGES.map((kind) => h('li', {}, changeTag(kind), ' ', String(total[kind] ?? 0)))),
        downloadLinks(`compare?${new URLSearchParams({ from: search.get('from'), to: search.get('to') })}`),
        ...(cells.length ? [heatmap(cells, names, themes, caption), changeTable(cells, names, themes)]
            : [h('p', { class: 'govuk-body' }, t('compare.none'))]),
        structural(comparison, themes),
        profiles.length ? h('section', { 'aria-labelledby': 'compare-texts' },
            h('h2', { class: 'govuk-heading-m', id: 'compare-texts' }, t('compare.texts')),
            profiles.map((profile) => h('div', { class: 'scm-compare__profile' },
                h('h3', { class: 'govuk-heading-s' },
                    h('a', { class: 'govuk-link', href: `/history/organizations/${encodeURIComponent(profile.organization)}` }, profile.organization)),
                profile.fields.map((field) => fieldChange(field))))) : null,
        proposalsResponsible(cells),
    ];
}

/** "Edition 2014", "Today (…)", "Revision 12", "as it stood on 28/11/2026". */
function sideName(side) {
    if (side.edition) {
        return t('compare.edition', { year: side.edition });
    }
    if (side.asked === 'now') {
        return t('compare.now');
    }
    if (/^rev:\d+$/.test(side.asked)) {
        return t('history.revision', { revision: side.asked.slice(4) });
    }
    return DATE.test(side.asked) ? calendarDate(side.asked, formatDate) : side.asked;
}

/** What a side resolved to: its revision, when that was recorded, and an edition's head hash. */
function sideRow(label, side, editions) {
    const edition = side.edition ? editions.find((entry) => entry.year === side.edition) : null;
    const details = [];
    if (side.revision && !/^rev:/.test(side.asked)) {
        details.push(t('history.revision', { revision: side.revision }));
    }
    return h('div', { class: 'govuk-summary-list__row' },
        h('dt', { class: 'govuk-summary-list__key' }, label),
        h('dd', { class: 'govuk-summary-list__value' },
            [DATE.test(side.asked) ? `${t('compare.recordedAt')} ${sideName(side)}` : sideName(side), ...details].join(' · '),
            side.recordedAt ? [' · ', t('compare.recordedOn'), ' ', h('time', { datetime: side.recordedAt, title: utcText(side.recordedAt) },
                formatDate(side.recordedAt))] : null,
            edition?.headHash ? h('span', { class: 'scm-compare__hash' }, h('br'), h('span', { class: 'scm-hint' }, `${t('editions.headHash')}: `),
                h('code', { class: 'scm-hash' }, edition.headHash)) : null));
}

const changeTag = (kind) => h('strong', { class: ['govuk-tag', 'scm-change', `scm-change--${kind}`] },
    h('span', { 'aria-hidden': 'true' }, `${SYMBOL[kind]} `), t(`compare.${kind}`));

/** Themes down, organizations across — only those with a change — each changed cell shaded by its kind. */
function heatmap(cells, names, themes, caption) {
    const columns = [...new Set(cells.map((cell) => cell.organization))].sort();
    const rows = [...new Set(cells.map((cell) => cell.theme))].sort((a, b) => a - b);
    const byCell = new Map(cells.map((cell) => [`${cell.organization}|${cell.theme}`, cell]));
    return h('section', { 'aria-labelledby': 'compare-heatmap' },
        h('h3', { class: 'govuk-heading-s', id: 'compare-heatmap' }, t('compare.heatmap')),
        h('ul', { class: 'scm-legend__list', 'aria-label': t('matrix.legend') },
            CHANGES.map((kind) => h('li', { class: 'scm-legend__entry' },
                h('span', { class: ['scm-legend__swatch', `scm-change--${kind}`], 'aria-hidden': 'true' }, SYMBOL[kind]), t(`compare.${kind}`)))),
        h('div', { class: 'scm-table-scroll scm-compare__heatmap', tabindex: '0', role: 'region', 'aria-label': t('compare.heatmap') },
            h('table', { class: 'scm-matrix scm-change-map' },
                h('caption', { class: 'govuk-visually-hidden' }, caption),
                h('thead', {}, h('tr', {},
                    h('th', { scope: 'col', class: 'scm-matrix__corner' }, t('matrix.themeHeader')),
                    columns.map((code) => h('th', { scope: 'col', class: 'scm-change-map__column' },
                        h('a', { class: 'govuk-link', href: `/organizations/${encodeURIComponent(code)}` }, names.get(code) ?? code))))),
                h('tbody', {}, rows.map((theme) => h('tr', {},
                    h('th', { scope: 'row', class: 'scm-matrix__theme' }, themeName(theme, themes)),
                    columns.map((code) => {
                        const cell = byCell.get(`${code}|${theme}`);
                        if (!cell) {
                            return h('td', { class: 'scm-change-map__cell' }, h('span', { class: 'govuk-visually-hidden' }, t('compare.unchanged')));
                        }
                        return h('td', { class: ['scm-change-map__cell', `scm-change--${cell.change}`] },
                            h('a', {
                                class: 'scm-change-map__link', href: `/history/cells/${encodeURIComponent(code)}/${theme}`,
                                title: `${t(`compare.${cell.change}`)}: ${levelLabel(cell.from)} → ${levelLabel(cell.to)}`,
                            }, h('span', { 'aria-hidden': 'true' }, SYMBOL[cell.change]),
                            h('span', { class: 'govuk-visually-hidden' },
                                `${t(`compare.${cell.change}`)}: ${levelLabel(cell.from)} → ${levelLabel(cell.to)}`)));
                    })))))));
}

const themeName = (number, themes) => (themes.has(number) ? `${number}. ${themes.get(number)}` : String(number));

function changeTable(cells, names, themes) {
    return h('div', { class: 'scm-table-scroll' }, h('table', { class: 'govuk-table scm-compare__table' },
        h('caption', { class: 'govuk-table__caption govuk-table__caption--s' }, t('compare.cellsTable')),
        h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
            ['cell.organization', 'matrix.themeHeader', 'compare.fromLevel', 'compare.toLevel', 'compare.change', 'compare.proposals']
                .map((key) => h('th', { scope: 'col', class: 'govuk-table__header' }, t(key))))),
        h('tbody', { class: 'govuk-table__body' }, cells.map((cell) => h('tr', { class: 'govuk-table__row', dataset: { organization: cell.organization, theme: cell.theme } },
            h('td', { class: 'govuk-table__cell' }, names.get(cell.organization) ?? cell.organization),
            h('td', { class: 'govuk-table__cell' },
                h('a', { class: 'govuk-link', href: `/history/cells/${encodeURIComponent(cell.organization)}/${cell.theme}` }, themeName(cell.theme, themes))),
            h('td', { class: 'govuk-table__cell' }, levelLabel(cell.from)),
            h('td', { class: 'govuk-table__cell' }, levelLabel(cell.to)),
            h('td', { class: 'govuk-table__cell' }, changeTag(cell.change)),
            h('td', { class: 'govuk-table__cell' }, cell.proposals?.length
                ? cell.proposals.map((id) => h('span', { class: 'scm-space-after' }, proposalLink(id))) : t('history.noProposal')))))));
}

function structural(comparison, themes) {
    const organizations = comparison.organizations ?? { added: [], removed: [] };
    const themeChanges = comparison.themes ?? { added: [], removed: [] };
    const entries = [
        ...(organizations.added ?? []).map((code) => t('compare.organizationAdded', { organization: code })),
        ...(organizations.removed ?? []).map((code) => t('compare.organizationRemoved', { organization: code })),
        ...(themeChanges.added ?? []).map((theme) => t('compare.themeAdded', { theme: themeName(theme.number, themes) })),
        ...(themeChanges.removed ?? []).map((theme) => t('compare.themeRemoved', { theme: `${theme.number}. ${theme.title}` })),
    ];
    return entries.length ? h('section', { 'aria-labelledby': 'compare-structure' },
        h('h2', { class: 'govuk-heading-m', id: 'compare-structure' }, t('compare.structure')),
        h('ul', { class: 'govuk-list govuk-list--bullet' }, entries.map((entry) => h('li', {}, entry)))) : null;
}

function proposalsResponsible(cells) {
    const ids = [...new Set(cells.flatMap((cell) => cell.proposals ?? []))].sort((a, b) => a - b);
    return ids.length ? h('section', { 'aria-labelledby': 'compare-proposals' },
        h('h2', { class: 'govuk-heading-m', id: 'compare-proposals' }, t('compare.responsible')),
        h('ul', { class: 'govuk-list' }, ids.map((id) => h('li', {}, proposalLink(id))))) : null;
}
