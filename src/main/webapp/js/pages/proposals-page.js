import { h } from '../dom.js';
import { t, countryName } from '../i18n.js';
import { getJson } from '../api.js';
import { loadInto } from '../components/loading.js';
import { proposalTable } from '../components/proposal-table.js';
import { session, isFocalPoint } from '../domain/session.js';

/** "My country's proposals": every proposal of the focal point's country, drafts included, with its state. */
export default {
    title: () => t('proposals.title'),
    async render(main) {
        const me = session();
        const body = h('div', {});
        main.append(
            h('h1', { class: 'govuk-heading-l' }, isFocalPoint() ? t('proposals.titleOf', { country: countryName(me.country) }) : t('proposals.title')),
            isFocalPoint() ? h('div', { class: 'govuk-button-group' },
                h('a', { class: 'govuk-button', role: 'button', draggable: 'false', href: '/proposals/new' }, t('proposals.new')),
                h('a', { class: 'govuk-link', href: '/proposals/import' }, t('proposals.import'))) : null,
            h('p', { class: 'govuk-body' }, isFocalPoint() ? t('proposals.intro') : t('proposals.introSecretariat')),
            body);
        await loadInto(body, () => getJson('proposals?size=200'), (page) => proposalTable(page.items, { caption: t('proposals.title') }));
    },
};
