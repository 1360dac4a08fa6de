import { h } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { getJson, post, segment } from '../api.js';
import { loadInto } from '../components/loading.js';
import { isSecretariat } from '../domain/session.js';
import { act } from '../components/actions.js';

/**
 * Editions and their cycle: open (call for proposals) → closed to proposals → published. The
 * cycle's endpoints come with the history issue (POST /api/editions/{year}/open|freeze|publish);
 * until they exist the buttons answer with a plain "could not" message.
 */
const NEXT = { OPEN: ['freeze'], FROZEN: ['publish'], PUBLISHED: [] };

export default {
    title: () => t('editions.title'),
    async render(main) {
        const body = h('div', {});
        main.append(h('h1', { class: 'govuk-heading-l' }, t('editions.title')), h('p', { class: 'govuk-body' }, t('editions.intro')), body);
        const reload = () => loadInto(body, () => getJson('editions'), (editions) => [
            h('table', { class: 'govuk-table' },
                h('caption', { class: 'govuk-table__caption govuk-visually-hidden' }, t('editions.title')),
                h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
                    ['editions.year', 'editions.name', 'editions.state', 'editions.published', 'editions.actions']
                        .map((key) => h('th', { scope: 'col', class: 'govuk-table__header' }, t(key))))),
                h('tbody', { class: 'govuk-table__body' }, editions.map((edition) => h('tr', { class: 'govuk-table__row' },
                    h('td', { class: 'govuk-table__cell' }, h('a', { class: 'govuk-link', href: `/matrix?edition=${edition.year}` }, String(edition.year))),
                    h('td', { class: 'govuk-table__cell' }, edition.title, edition.place ? ` · ${edition.place}` : ''),
                    h('td', { class: 'govuk-table__cell' }, t(`editions.state.${edition.state}`)),
                    h('td', { class: 'govuk-table__cell' }, edition.publishedOn ? formatDate(edition.publishedOn) : '—'),
                    h('td', { class: 'govuk-table__cell' }, isSecretariat() ? cycleButtons(edition, reload) : '—'))))),
            isSecretariat() ? openForm(reload) : null,
        ]);
        await reload();
    },
};

function cycleButtons(edition, reload) {
    const form = h('form', { class: 'scm-form', novalidate: true });
    for (const action of NEXT[edition.state] ?? []) {
        const button = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary scm-button--small' },
            t(`editions.${action}`), h('span', { class: 'govuk-visually-hidden' }, ` ${edition.year}`));
        button.addEventListener('click', () => {
            if (window.confirm(t(`editions.${action}Confirm`, { year: edition.year }))) {
                act(form, button, () => post(`editions/${segment(edition.year)}/${action}`, {}), reload);
            }
        });
        form.append(button);
    }
    return form;
}

function openForm(reload) {
    const year = h('input', { class: 'govuk-input govuk-input--width-4', id: 'edition-year', name: 'year', type: 'text', inputmode: 'numeric' });
    const open = h('button', { type: 'submit', class: 'govuk-button' }, t('editions.open'));
    const form = h('form', { class: 'scm-form', novalidate: true },
        h('h2', { class: 'govuk-heading-m' }, t('editions.openHeading')),
        h('div', { class: 'govuk-form-group', 'data-field': 'year' },
            h('label', { class: 'govuk-label', for: 'edition-year' }, t('editions.year')), year),
        open);
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        act(form, open, () => post(`editions/${segment(year.value.trim())}/open`, {}), reload);
    });
    return form;
}
