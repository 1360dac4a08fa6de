import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson } from '../api.js';
import { levelLabel, symbolOf } from '../domain/levels.js';
import { loadInto } from './loading.js';
import { momentElement, actionName, proposedBy, proposalLink, fieldChange, profileFieldName } from './revision-facts.js';

/**
 * The values of a cell or the changes of a profile, oldest first, as the history API gives them:
 * each revision with its time (UTC on hover), who proposed it for which country, who approved it,
 * why, and the proposal. `heading` is the entries' heading level (h2 on the history page, h3 inside
 * a section of the cell or profile page).
 */
export function cellValues(values, { heading = 'h2' } = {}) {
    if (!values.length) {
        return h('p', { class: 'govuk-body' }, t('history.none'));
    }
    return h('ol', { class: 'scm-history', 'aria-label': t('history.listLabel') }, values.map((value, index) =>
        h('li', { class: 'scm-history__entry', dataset: { revision: value.revision } },
            entryHeading(heading, value, index, actionName(value.action)),
            h('dl', { class: 'govuk-summary-list scm-history__facts' },
                row(t('cell.level'), h('span', {},
                    h('span', { class: ['scm-level-chip', `scm-level--${(value.level ?? 'NONE').toLowerCase()}`], 'aria-hidden': 'true' },
                        symbolOf(value.level)), ' ', levelLabel(value.level ?? 'NONE'))),
                row(t('cell.note'), value.note || t('cell.noNote')),
                ...facts(value)))));
}

export function profileChanges(changes, { heading = 'h2' } = {}) {
    if (!changes.length) {
        return h('p', { class: 'govuk-body' }, t('history.none'));
    }
    const fieldHeading = heading === 'h2' ? 'h3' : 'h4';
    return h('ol', { class: 'scm-history', 'aria-label': t('history.listLabel') }, changes.map((change, index) =>
        h('li', { class: 'scm-history__entry', dataset: { revision: change.revision } },
            entryHeading(heading, change, index, t(`history.type.${change.type}`)),
            h('dl', { class: 'govuk-summary-list scm-history__facts' }, ...facts(change)),
            change.type === 'created' ? createdFields(change.fields)
                : change.fields.map((field) => fieldChange(field, fieldHeading)))));
}

function row(key, value) {
    return h('div', { class: 'govuk-summary-list__row' },
        h('dt', { class: 'govuk-summary-list__key' }, key),
        h('dd', { class: 'govuk-summary-list__value' }, value));
}

/** "Revision 57 · 28/11/2026 14:05 · Proposal approved" as the entry's heading. */
function entryHeading(tag, entry, index, what) {
    return h(tag, { class: 'govuk-heading-s scm-history__heading' },
        h('span', { class: 'scm-history__number' }, t('history.revision', { revision: entry.revision })), ' · ',
        momentElement(entry.at),
        what ? h('span', { class: 'scm-history__action' }, ` · ${what}`) : null,
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

/**
 * The history as a section of the cell or profile page (GET `path`), loaded after the page itself,
 * with a link to the history page. `kind` is 'cell' or 'organization'.
 */
export function historySection(kind, path, href) {
    const body = h('div', {});
    const section = h('section', { class: 'scm-history-section', 'aria-labelledby': 'history-heading' },
        h('h2', { class: 'govuk-heading-m', id: 'history-heading' }, t(kind === 'cell' ? 'history.ofCell' : 'history.ofOrganization')),
        body,
        h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href }, t('history.fullPage'))));
    loadInto(body, () => getJson(path), (history) => (kind === 'cell'
        ? cellValues(history.values, { heading: 'h3' })
        : profileChanges(history.changes, { heading: 'h3' })));
    return section;
}
