import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, segment } from '../api.js';
import { loadInto } from '../components/loading.js';
import { levelLabel, symbolOf } from '../domain/levels.js';
import { row } from './cell-page.js';
import {
    momentElement, actionName, proposedBy, proposalLink, fieldChange, profileFieldName,
} from '../components/revision-facts.js';

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
        history.values.length
            ? h('ol', { class: 'scm-history', 'aria-label': t('history.listLabel') }, history.values.map((value, index) =>
                h('li', { class: 'scm-history__entry' },
                    entryHeading(value, index),
                    h('dl', { class: 'govuk-summary-list scm-history__facts' },
                        row(t('cell.level'), h('span', {},
                            h('span', { class: ['scm-level-chip', `scm-level--${(value.level ?? 'NONE').toLowerCase()}`], 'aria-hidden': 'true' },
                                symbolOf(value.level)), ' ', levelLabel(value.level ?? 'NONE'))),
                        row(t('cell.note'), value.note || t('cell.noNote')),
                        ...facts(value)))))
            : h('p', { class: 'govuk-body' }, t('history.none')),
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
        history.changes.length
            ? h('ol', { class: 'scm-history', 'aria-label': t('history.listLabel') }, history.changes.map((change, index) =>
                h('li', { class: 'scm-history__entry' },
                    entryHeading(change, index, t(`history.type.${change.type}`)),
                    h('dl', { class: 'govuk-summary-list scm-history__facts' }, ...facts(change)),
                    change.type === 'created' ? createdFields(change.fields) : change.fields.map(fieldChange))))
            : h('p', { class: 'govuk-body' }, t('history.none')),
    ];
}

/** "Revision 57 · 28/11/2026 14:05" as the entry's heading, with its action. */
function entryHeading(entry, index, type) {
    return h('h2', { class: 'govuk-heading-s scm-history__heading' },
        h('span', { class: 'scm-history__number' }, t('history.revision', { revision: entry.revision })), ' · ',
        momentElement(entry.at),
        h('span', { class: 'scm-history__action' }, ` · ${type ?? actionName(entry.action)}`),
        index === 0 ? h('span', { class: 'govuk-visually-hidden' }, ` (${t('history.oldest')})`) : null);
}

/** Who proposed it, who approved it, why, and the proposal: the rows every entry has. */
function facts(entry) {
    return [
        row(t('history.proposedBy'), proposedBy(entry)),
        row(t('history.approvedBy'), entry.reviewer ?? '—'),
        row(t('history.reason'), entry.reason ? h('span', { class: 'scm-pre' }, entry.reason) : '—'),
        row(t('history.proposal'), entry.proposal ? proposalLink(entry.proposal) : t('history.noProposal')),
        entry.conflictOverride ? row(t('conflict.label'), h('strong', { class: 'govuk-tag govuk-tag--orange' }, t('history.override'))) : null,
    ].filter(Boolean);
}

/** The profile as first recorded: its values, folded away (the 2014 texts are long). */
function createdFields(fields) {
    return h('details', { class: 'govuk-details scm-history__created' },
        h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, t('history.showCreated'))),
        h('div', { class: 'govuk-details__text' }, h('dl', { class: 'govuk-summary-list' },
            fields.filter((field) => field.to !== null && field.to !== '').map((field) =>
                row(profileFieldName(field.field), h('span', { class: 'scm-pre' }, field.to))))));
}
