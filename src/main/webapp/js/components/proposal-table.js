import { h } from '../dom.js';
import { t, formatDate, countryName } from '../i18n.js';
import { statusTag, ageInDays } from '../domain/proposals.js';

/** Proposals in a table: title (a link), country, state, number of changes, last change and its age. */
export function proposalTable(proposals, { caption }) {
    if (!proposals.length) {
        return h('p', { class: 'govuk-body' }, t('proposals.none'));
    }
    const header = (key) => h('th', { scope: 'col', class: 'govuk-table__header' }, t(key));
    return h('div', { class: 'scm-table-scroll' }, h('table', { class: 'govuk-table scm-proposal-table' },
        h('caption', { class: 'govuk-table__caption govuk-visually-hidden' }, caption),
        h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
            header('proposals.titleColumn'), header('proposal.country'), header('proposals.state'),
            header('proposals.changes'), header('proposals.lastChange'))),
        h('tbody', { class: 'govuk-table__body' }, proposals.map((proposal) => h('tr', { class: 'govuk-table__row' },
            h('td', { class: 'govuk-table__cell' }, h('a', { class: 'govuk-link', href: `/proposals/${proposal.id}` }, proposal.title)),
            h('td', { class: 'govuk-table__cell' }, countryName(proposal.country)),
            h('td', { class: 'govuk-table__cell' }, statusTag(proposal.status)),
            h('td', { class: 'govuk-table__cell govuk-table__cell--numeric' }, proposal.items),
            h('td', { class: 'govuk-table__cell' },
                h('time', { datetime: proposal.updatedAt }, formatDate(proposal.updatedAt)),
                h('span', { class: 'scm-hint' }, ` · ${t('proposals.daysAgo', { count: ageInDays(proposal.updatedAt) })}`)))))));
}
