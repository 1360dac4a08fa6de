import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, segment } from '../api.js';
import { loadInto } from '../components/loading.js';
import { levelLabel, symbolOf } from '../domain/levels.js';
import { isFocalPoint } from '../domain/session.js';
import { openProposalsList } from '../components/open-proposals-list.js';
import { historySection } from '../components/history-list.js';

/** One cell: its level and note, the open proposals that would change it, and "propose a change". */
export default {
    title: (params) => t('cell.title', { organization: params.organization, theme: params.theme }),
    async render(main, { organization, theme }) {
        const body = h('div', {});
        main.append(body);
        await loadInto(body, () => getJson(`matrix/cells/${segment(organization)}/${segment(theme)}`), (cell) => [
            h('a', { class: 'govuk-back-link', href: '/matrix' }, t('backToMatrix')),
            h('span', { class: 'govuk-caption-l' }, `${cell.theme}. ${cell.themeTitle}`),
            h('h1', { class: 'govuk-heading-l' }, cell.organizationName),
            h('dl', { class: 'govuk-summary-list' },
                row(t('cell.level'), h('span', {},
                    h('span', { class: ['scm-level-chip', `scm-level--${cell.level.toLowerCase()}`], 'aria-hidden': 'true' },
                        symbolOf(cell.level)), ' ', levelLabel(cell.level))),
                row(t('cell.note'), cell.note || t('cell.noNote')),
                row(t('cell.organization'), h('a', { class: 'govuk-link', href: `/organizations/${segment(cell.organization)}` },
                    `${cell.organizationName} (${cell.matrixLabel ?? cell.organization})`)),
                row(t('cell.sources'), t('cell.sourcesWhere'))),
            h('h2', { class: 'govuk-heading-m' }, t('openProposals.title')),
            openProposalsList(cell.openProposals),
            isFocalPoint() ? h('a', {
                class: 'govuk-button', role: 'button', draggable: 'false',
                href: `/proposals/new?organization=${segment(cell.organization)}&theme=${cell.theme}`,
            }, t('proposeChange')) : null,
            historySection('cell', `history/cells/${segment(cell.organization)}/${cell.theme}`,
                `/history/cells/${segment(cell.organization)}/${cell.theme}`),
        ]);
    },
};

export function row(key, value) {
    return h('div', { class: 'govuk-summary-list__row' },
        h('dt', { class: 'govuk-summary-list__key' }, key),
        h('dd', { class: 'govuk-summary-list__value' }, value));
}
