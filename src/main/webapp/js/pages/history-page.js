import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, segment } from '../api.js';
import { loadInto } from '../components/loading.js';
import { cellValues, profileChanges } from '../components/history-list.js';

/**
 * The history of a cell (GET /api/history/cells/{org}/{theme}) or of an organization's profile
 * (GET /api/history/organizations/{code}), oldest first: every value it has had, when, who
 * proposed it for which country, who approved it and why, and the proposal that did it.
 */
export default {
    title: (params) => t('history.title', { target: params.code ?? `${params.organization} · ${params.theme}` }),
    async render(main, params) {
        const body = h('div', {});
        main.append(body);
        if (params.theme) {
            await loadInto(body, async () => {
                const path = `${segment(params.organization)}/${segment(params.theme)}`;
                const [history, cell] = await Promise.all([getJson(`history/cells/${path}`), getJson(`matrix/cells/${path}`).catch(() => null)]);
                return { history, cell };
            }, ({ history, cell }) => cellHistory(history, cell, params));
        } else {
            await loadInto(body, async () => {
                const [history, profile] = await Promise.all([getJson(`history/organizations/${segment(params.code)}`),
                    getJson(`organizations/${segment(params.code)}`).catch(() => null)]);
                return { history, profile };
            }, ({ history, profile }) => organizationHistory(history, profile, params));
        }
    },
};

function cellHistory(history, cell, params) {
    const name = cell?.organizationName ?? history.organization;
    document.title = `${t('history.cellTitle', { organization: name, theme: history.theme })} — ${t('appName')}`;
    return [
        h('a', { class: 'govuk-back-link', href: `/matrix/cells/${segment(history.organization)}/${history.theme}` }, t('history.backToCell')),
        h('span', { class: 'govuk-caption-l' }, cell ? `${cell.theme}. ${cell.themeTitle}` : t('cell.title', { organization: params.organization, theme: params.theme })),
        h('h1', { class: 'govuk-heading-l' }, t('history.cellHeading', { organization: name })),
        h('p', { class: 'govuk-body scm-lead' }, t('history.cellIntro')),
        cellValues(history.values),
    ];
}

function organizationHistory(history, profile, params) {
    const name = profile?.name ?? params.code;
    document.title = `${t('history.organizationHeading', { organization: name })} — ${t('appName')}`;
    return [
        h('a', { class: 'govuk-back-link', href: `/organizations/${segment(history.organization)}` }, t('history.backToProfile')),
        h('span', { class: 'govuk-caption-l' }, history.organization),
        h('h1', { class: 'govuk-heading-l' }, t('history.organizationHeading', { organization: name })),
        h('p', { class: 'govuk-body scm-lead' }, t('history.organizationIntro')),
        profileChanges(history.changes),
    ];
}
