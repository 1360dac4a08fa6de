import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, segment } from '../api.js';
import { loadInto } from '../components/loading.js';
import { levelLabel, symbolOf } from '../domain/levels.js';
import { isFocalPoint } from '../domain/session.js';
import { openProposalsList } from '../components/open-proposals-list.js';
import { row } from './cell-page.js';
import { historySection } from '../components/history-list.js';

/** An organization's profile: its texts as the document prints them, and its column of the matrix. */
export default {
    title: (params) => params.code,
    async render(main, { code }) {
        const body = h('div', {});
        main.append(body);
        await loadInto(body, async () => {
            const [profile, matrix] = await Promise.all([getJson(`organizations/${segment(code)}`), getJson('matrix')]);
            return { profile, matrix };
        }, ({ profile, matrix }) => {
            document.title = `${profile.name} — ${t('appName')}`;
            return [
                h('a', { class: 'govuk-back-link', href: '/organizations' }, t('organizations.back')),
                h('span', { class: 'govuk-caption-l' }, t(`category.${profile.category}`)),
                h('h1', { class: 'govuk-heading-l' }, profile.name),
                h('dl', { class: 'govuk-summary-list' },
                    row(t('organization.code'), profile.matrixLabel && profile.matrixLabel !== profile.code ? `${profile.code} · ${profile.matrixLabel}` : profile.code),
                    profile.acronymEs ? row(t('organization.acronymEs'), profile.acronymEs) : null,
                    row(t('organization.foundingYear'), profile.foundingYear ?? '—')),
                isFocalPoint() ? h('a', {
                    class: 'govuk-button', role: 'button', draggable: 'false',
                    href: `/proposals/new?organization=${segment(profile.code)}`,
                }, t('proposeProfileChange')) : null,
                text(t('field.MANDATE'), profile.mandate),
                text(t('field.MIGRATION_INVOLVEMENT'), profile.migrationInvolvement),
                text(t('field.NOTES'), profile.notes),
                h('h2', { class: 'govuk-heading-m' }, t('openProposals.title')),
                openProposalsList(profile.openProposals),
                profile.matrixPosition ? column(profile, matrix) : h('p', { class: 'govuk-body' }, t('organization.notInMatrix')),
                historySection('organization', `history/organizations/${segment(profile.code)}`,
                    `/history/organizations/${segment(profile.code)}`),
            ];
        });
    },
};

function text(heading, value) {
    return h('section', { class: 'scm-profile-text' },
        h('h2', { class: 'govuk-heading-m' }, heading),
        (value ?? '').split(/\n{2,}/).filter(Boolean).map((paragraph) => h('p', { class: 'govuk-body' }, paragraph)),
        value ? null : h('p', { class: 'govuk-body scm-hint' }, t('organization.noText')));
}

/** The organization's column: its level in every theme. */
function column(profile, matrix) {
    const levels = new Map(matrix.cells.filter((cell) => cell.organization === profile.code).map((cell) => [cell.theme, cell.level]));
    return h('table', { class: 'govuk-table scm-column' },
        h('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, t('organization.column')),
        h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
            h('th', { scope: 'col', class: 'govuk-table__header' }, t('matrix.themeHeader')),
            h('th', { scope: 'col', class: 'govuk-table__header' }, t('cell.level')))),
        h('tbody', { class: 'govuk-table__body' }, matrix.themes.map((theme) => {
            const level = levels.get(theme.number) ?? 'NONE';
            return h('tr', { class: 'govuk-table__row' },
                h('th', { scope: 'row', class: 'govuk-table__header scm-column__theme' },
                    h('a', { class: 'govuk-link', href: `/matrix/cells/${segment(profile.code)}/${theme.number}` },
                        `${theme.number}. ${theme.title}`)),
                h('td', { class: 'govuk-table__cell' },
                    h('span', { class: ['scm-level-chip', `scm-level--${level.toLowerCase()}`], 'aria-hidden': 'true' }, symbolOf(level)),
                    ' ', levelLabel(level)));
        })));
}
