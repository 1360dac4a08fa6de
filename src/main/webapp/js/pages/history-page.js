import { h } from '../dom.js';
import { t, formatDateTime, countryName } from '../i18n.js';
import { getJson, segment } from '../api.js';
import { loadInto } from '../components/loading.js';
import { levelLabel } from '../domain/levels.js';

/**
 * The history of a cell or of an organization's profile (GET /api/history/…, built with the
 * history issue): every value it has had, who proposed it, who approved it, and why.
 */
export default {
    title: (params) => t('history.title', { target: params.code ?? `${params.organization} · ${params.theme}` }),
    async render(main, params) {
        const cell = Boolean(params.theme);
        const path = cell ? `history/cells/${segment(params.organization)}/${segment(params.theme)}` : `history/organizations/${segment(params.code)}`;
        const back = cell ? `/matrix/cells/${segment(params.organization)}/${segment(params.theme)}` : `/organizations/${segment(params.code)}`;
        const body = h('div', {});
        main.append(h('a', { class: 'govuk-back-link', href: back }, t('back')),
            h('h1', { class: 'govuk-heading-l' }, this.title(params)), body);
        await loadInto(body, () => getJson(path), (history) => {
            const entries = Array.isArray(history) ? history : history.entries ?? history.changes ?? [];
            return h('ol', { class: 'scm-timeline' }, entries.map((entry) => h('li', { class: 'scm-timeline__step' },
                h('p', { class: 'govuk-body' },
                    h('strong', {}, cell ? levelLabel(entry.level) : t(`field.${entry.field}`)),
                    entry.note ? ` · ${entry.note}` : ''),
                h('p', { class: 'govuk-body-s scm-hint' },
                    t('history.revision', { revision: entry.revision }), ' · ',
                    h('time', { datetime: entry.at, title: entry.at }, formatDateTime(entry.at)),
                    entry.actor ? ` · ${entry.actor}` : '', entry.country ? ` · ${countryName(entry.country)}` : '',
                    entry.reviewer ? ` · ${t('history.reviewer', { name: entry.reviewer })}` : ''),
                entry.proposal ? h('p', { class: 'govuk-body-s' }, h('a', { class: 'govuk-link', href: `/proposals/${entry.proposal}` },
                    t('conflict.byProposal', { id: entry.proposal }))) : h('p', { class: 'govuk-body-s' }, t('history.import')),
                entry.reason ? h('p', { class: 'govuk-body scm-pre' }, entry.reason) : null)));
        });
    },
};
