import { h } from '../dom.js';
import { t, formatDateTime, countryName } from '../i18n.js';
import { getJson } from '../api.js';
import { loadInto } from '../components/loading.js';
import { downloadButton } from '../components/download.js';

/** The audit log (GET /api/audit, built with the history issue): revisions, newest first. */
export default {
    title: () => t('audit.title'),
    async render(main, params, query) {
        const body = h('div', {});
        const search = new URLSearchParams(query);
        main.append(h('h1', { class: 'govuk-heading-l' }, t('audit.title')), downloadButton(`audit?${search}`, 'audit.csv'), body);
        await loadInto(body, () => getJson(`audit?${search}`), (page) => {
            const revisions = Array.isArray(page) ? page : page.items ?? [];
            return h('table', { class: 'govuk-table' },
                h('caption', { class: 'govuk-table__caption govuk-visually-hidden' }, t('audit.title')),
                h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
                    ['audit.revision', 'audit.at', 'audit.actor', 'proposal.country', 'audit.action', 'audit.proposal', 'audit.reason']
                        .map((key) => h('th', { scope: 'col', class: 'govuk-table__header' }, t(key))))),
                h('tbody', { class: 'govuk-table__body' }, revisions.map((revision) => h('tr', { class: 'govuk-table__row' },
                    h('td', { class: 'govuk-table__cell' }, String(revision.revision ?? revision.id)),
                    h('td', { class: 'govuk-table__cell' }, h('time', { datetime: revision.at, title: revision.at }, formatDateTime(revision.at))),
                    h('td', { class: 'govuk-table__cell' }, revision.actor ?? ''),
                    h('td', { class: 'govuk-table__cell' }, countryName(revision.country)),
                    h('td', { class: 'govuk-table__cell' }, revision.action ?? ''),
                    h('td', { class: 'govuk-table__cell' }, revision.proposal ? h('a', { class: 'govuk-link', href: `/proposals/${revision.proposal}` }, `#${revision.proposal}`) : ''),
                    h('td', { class: 'govuk-table__cell' }, revision.reason ?? '')))));
        });
    },
};
