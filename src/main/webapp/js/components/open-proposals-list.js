import { h } from '../dom.js';
import { t, countryName } from '../i18n.js';
import { statusTag } from '../domain/proposals.js';

/** The open proposals touching a cell or a profile, each a link to its page. */
export function openProposalsList(proposals) {
    if (!proposals?.length) {
        return h('p', { class: 'govuk-body' }, t('openProposals.none'));
    }
    return h('ul', { class: 'govuk-list scm-proposal-links' }, proposals.map((proposal) => h('li', {},
        h('a', { class: 'govuk-link', href: `/proposals/${proposal.id}` }, proposal.title),
        ` · ${countryName(proposal.country)} `, statusTag(proposal.status))));
}
