import { h } from '../dom.js';
import { t } from '../i18n.js';

/** An address inside the app that names no page (the server answers unknown paths with not-found.html). */
export default {
    title: () => t('notFound.title'),
    render(main) {
        main.append(h('h1', { class: 'govuk-heading-l' }, t('notFound.title')),
            h('p', { class: 'govuk-body' }, t('notFound.text'), ' ', h('a', { class: 'govuk-link', href: '/matrix' }, t('backToMatrix'))));
    },
};
