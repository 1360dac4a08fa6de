import { h } from '../dom.js';
import { t, formatDateTime, countryName } from '../i18n.js';
import { getJson, post } from '../api.js';
import { loadInto } from './loading.js';
import { showProblem, clearErrors, invalid } from './form-errors.js';

/** The proposal's comment thread, oldest first, and a box to add one (when the viewer may comment). */
export function commentThread(proposalId, { mayComment }) {
    const list = h('div', {});
    const element = h('section', { class: 'scm-thread', 'aria-labelledby': 'thread-heading' },
        h('h2', { class: 'govuk-heading-m', id: 'thread-heading' }, t('comments.title')), list);
    const load = () => loadInto(list, () => getJson(`proposals/${proposalId}/comments`), (comments) => [
        comments.length
            ? h('ol', { class: 'scm-comments' }, comments.map((comment) => h('li', { class: 'scm-comment' },
                h('p', { class: 'govuk-body-s scm-comment__meta' },
                    h('strong', {}, comment.author),
                    ` · ${t(`role.${comment.role}`)}${comment.country ? ` · ${countryName(comment.country)}` : ''} · `,
                    h('time', { datetime: comment.createdAt, title: comment.createdAt }, formatDateTime(comment.createdAt)),
                    comment.editedAt ? ` · ${t('comments.edited')}` : ''),
                h('p', { class: 'govuk-body scm-pre' }, comment.text))))
            : h('p', { class: 'govuk-body' }, t('comments.none')),
        mayComment ? commentForm(proposalId, load) : null,
    ]);
    load();
    return element;
}

function commentForm(proposalId, reload) {
    const text = h('textarea', { class: 'govuk-textarea', id: 'comment-text', name: 'text', rows: 3 });
    const send = h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, t('comments.add'));
    const form = h('form', { class: 'scm-form', novalidate: true },
        h('div', { class: 'govuk-form-group', 'data-field': 'text' },
            h('label', { class: 'govuk-label govuk-label--s', for: 'comment-text' }, t('comments.yourComment')), text),
        send);
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        clearErrors(form);
        if (!text.value.trim()) {
            showProblem(form, invalid([{ field: 'text', message: 'a comment needs text' }]));
            return;
        }
        send.disabled = true;
        try {
            await post(`proposals/${proposalId}/comments`, { text: text.value });
            await reload();
            document.getElementById('comment-text')?.focus();
        } catch (problem) {
            send.disabled = false;
            showProblem(form, problem);
        }
    });
    return form;
}
