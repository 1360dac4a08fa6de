import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, segment } from '../api.js';
import { loadInto } from '../components/loading.js';

/** All profiled organizations, matrix columns first. */
export default {
    title: () => t('organizations.title'),
    async render(main) {
        const body = h('div', {});
        main.append(h('h1', { class: 'govuk-heading-l' }, t('organizations.title')), body);
        await loadInto(body, () => getJson('organizations'), (organizations) => h('div', { class: 'scm-table-scroll' }, h('table', { class: 'govuk-table' },
            h('caption', { class: 'govuk-table__caption govuk-table__caption--m govuk-visually-hidden' }, t('organizations.title')),
            h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
                h('th', { scope: 'col', class: 'govuk-table__header' }, t('organizations.name')),
                h('th', { scope: 'col', class: 'govuk-table__header' }, t('organizations.category')),
                h('th', { scope: 'col', class: 'govuk-table__header' }, t('organizations.inMatrix')))),
            h('tbody', { class: 'govuk-table__body' }, organizations.map((organization) => h('tr', { class: 'govuk-table__row' },
                h('td', { class: 'govuk-table__cell' },
                    h('a', { class: 'govuk-link', href: `/organizations/${segment(organization.code)}` }, organization.name),
                    h('span', { class: 'scm-code' }, ` (${organization.matrixLabel ?? organization.code})`)),
                h('td', { class: 'govuk-table__cell' }, t(`category.${organization.category}`)),
                h('td', { class: 'govuk-table__cell' }, organization.matrixPosition ? t('yes') : t('no'))))))));
    },
};
