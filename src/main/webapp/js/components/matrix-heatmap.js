import { h } from '../dom.js';
import { t } from '../i18n.js';
import { levelLabel, symbolOf } from '../domain/levels.js';
import { gridNavigation } from './grid-navigation.js';
import { tooltips } from './tooltip.js';

/**
 * The annex as a heatmap: themes down, organizations across, each cell blank, x or xx on a
 * shade of its level. Header row and theme column stay in place while scrolling; every cell's
 * accessible name says its level, the organization's full name and the theme; arrow keys move
 * between cells and Enter opens one (`open(organization, theme)`).
 *
 * @param matrix GET /api/matrix
 * @param names organization code → full name
 * @param openCells "CODE|theme" → number of open proposals touching the cell
 */
export function matrixHeatmap(matrix, { names, openCells = new Map(), open, caption }) {
    const level = new Map(matrix.cells.map((cell) => [`${cell.organization}|${cell.theme}`, cell]));
    const fullName = (column) => names.get(column.organization) ?? column.label;

    const headerRow = h('tr', {},
        h('th', { scope: 'col', class: 'scm-matrix__corner' }, t('matrix.themeHeader')),
        matrix.columns.map((column) => h('th', { scope: 'col', class: 'scm-matrix__column' },
            h('a', {
                href: `/organizations/${encodeURIComponent(column.organization)}`, class: 'scm-matrix__column-link',
                'aria-label': `${column.label} — ${fullName(column)}`, 'data-tooltip': fullName(column),
                dataset: { organization: column.organization },
            }, h('span', { class: 'scm-matrix__column-label' }, column.label)))),
        h('th', { scope: 'col', class: 'scm-matrix__total' },
            h('abbr', { title: t('matrix.totalsLong') }, 'x / xx')));

    const rows = matrix.themes.map((theme) => h('tr', { dataset: { theme: theme.number } },
        h('th', { scope: 'row', class: 'scm-matrix__theme' }, `${theme.number}. ${theme.title}`),
        matrix.columns.map((column) => {
            const key = `${column.organization}|${theme.number}`;
            const cell = level.get(key);
            const levelName = cell?.level ?? 'NONE';
            const proposals = openCells.get(key) ?? 0;
            const name = [levelLabel(levelName), `${column.label} — ${fullName(column)}`, `${theme.number}. ${theme.title}`,
                proposals ? t('matrix.openProposals', { count: proposals }) : null].filter(Boolean).join('; ');
            return h('td', {
                class: ['scm-matrix__cell', `scm-level--${levelName.toLowerCase()}`, proposals && 'scm-matrix__cell--proposed'],
                tabindex: '-1', 'aria-label': name, 'data-tooltip': `${fullName(column)} · ${theme.number}. ${theme.title}`,
                dataset: { organization: column.organization, theme: theme.number },
            }, symbolOf(levelName));
        }),
        h('td', { class: 'scm-matrix__total' }, `${theme.counts.involved} / ${theme.counts.strong}`)));

    const totals = h('tr', {},
        h('th', { scope: 'row', class: 'scm-matrix__theme' }, h('abbr', { title: t('matrix.totalsLong') }, 'x / xx')),
        matrix.columns.map((column) => h('td', { class: 'scm-matrix__total' },
            `${column.counts.involved}/${column.counts.strong}`)),
        h('td', { class: 'scm-matrix__total' }, `${matrix.totals.involved} / ${matrix.totals.strong}`));

    const table = h('table', { class: 'scm-matrix', role: 'grid', 'aria-readonly': 'true' },
        h('caption', { class: 'govuk-table__caption scm-matrix__caption' }, caption),
        h('thead', {}, headerRow),
        h('tbody', {}, rows),
        h('tfoot', {}, totals));

    const activate = (cell) => {
        if (cell?.dataset.theme) {
            open(cell.dataset.organization, Number(cell.dataset.theme));
        }
    };
    table.addEventListener('click', (event) => {
        const cell = event.target.closest('td.scm-matrix__cell');
        if (cell) {
            activate(cell);
        }
    });
    gridNavigation(table, {
        rows: () => [
            [...table.querySelectorAll('thead .scm-matrix__column-link')],
            ...[...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('.scm-matrix__cell')]),
        ],
        activate,
    });
    const scroller = h('div', { class: 'scm-matrix__scroller', tabindex: '-1' }, table);
    tooltips(scroller);
    return h('scm-matrix-table', {}, scroller);
}

/** The legend: what the shades and marks mean. */
export function matrixLegend() {
    const entry = (levelName) => h('li', { class: 'scm-legend__entry' },
        h('span', { class: ['scm-legend__swatch', `scm-level--${levelName.toLowerCase()}`], 'aria-hidden': 'true' },
            symbolOf(levelName)),
        levelLabel(levelName));
    return h('div', { class: 'scm-legend' },
        h('h2', { class: 'govuk-visually-hidden' }, t('matrix.legend')),
        h('ul', { class: 'scm-legend__list', 'aria-label': t('matrix.legend') },
            entry('STRONG'), entry('INVOLVED'), entry('NONE'),
            h('li', { class: 'scm-legend__entry' },
                h('span', { class: 'scm-legend__swatch scm-matrix__cell--proposed', 'aria-hidden': 'true' }),
                t('matrix.legendProposal'))));
}
