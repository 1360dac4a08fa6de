import { h, focus } from '../dom.js';
import { t } from '../i18n.js';
import { ApiProblem } from '../api.js';
import { problemSentence, fieldSentence } from '../domain/problems.js';

/**
 * Errors shown the GOV.UK way: a summary at the top of the form linking to each field, and the
 * sentence next to the field itself. Fields are found by data-field (the API's field name, e.g.
 * "sources[0].url"); a problem for an unknown field goes in the summary only.
 */
export function clearErrors(form) {
    form.querySelectorAll('.govuk-error-summary').forEach((summary) => summary.remove());
    form.querySelectorAll('.scm-field-error').forEach((message) => message.remove());
    form.querySelectorAll('.govuk-form-group--error').forEach((group) => group.classList.remove('govuk-form-group--error'));
    form.querySelectorAll('.govuk-input--error, .govuk-textarea--error').forEach((input) =>
        input.classList.remove('govuk-input--error', 'govuk-textarea--error'));
}

/**
 * Shows the problem; `fieldFor` maps API field names onto this form's (e.g. "decisions[0]." → item),
 * `sentenceFor` words a field's problem (by default from its field and message).
 */
export function showProblem(form, problem, { fieldFor = (field) => field, actions = [], sentenceFor = (entry) => fieldSentence(entry.field, entry.message) } = {}) {
    clearErrors(form);
    const apiProblem = problem instanceof ApiProblem ? problem : new ApiProblem(0, { detail: String(problem) });
    const entries = apiProblem.fields.map((entry) => ({ field: fieldFor(entry.field), sentence: sentenceFor(entry) }));
    const links = [];
    for (const { field, sentence } of entries) {
        const group = form.querySelector(`[data-field="${CSS.escape(field)}"]`);
        if (group) {
            group.classList.add('govuk-form-group--error');
            const input = group.querySelector(':scope > input, :scope > textarea, :scope > select');
            const id = `${input?.id || field.replace(/\W/g, '-')}-error`;
            const message = h('p', { class: 'govuk-error-message scm-field-error', id },
                h('span', { class: 'govuk-visually-hidden' }, `${t('error')}: `), sentence);
            const anchor = group.querySelector('.govuk-label, legend, .govuk-fieldset__legend');
            (anchor ?? group.firstChild)?.after(message);
            if (input) {
                input.classList.add(input.tagName === 'TEXTAREA' ? 'govuk-textarea--error' : 'govuk-input--error');
                input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
            }
            links.push(h('li', {}, h('a', { href: `#${input?.id ?? id}` }, sentence)));
        } else {
            links.push(h('li', {}, sentence));
        }
    }
    const summary = h('div', { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary' },
        h('div', { role: 'alert' },
            h('h2', { class: 'govuk-error-summary__title' }, problemSentence(apiProblem)),
            h('div', { class: 'govuk-error-summary__body' },
                links.length ? h('ul', { class: 'govuk-list govuk-error-summary__list' }, links) : null,
                actions)));
    summary.addEventListener('click', (event) => {
        const link = event.target.closest('a[href^="#"]');
        if (link) {
            event.preventDefault();
            document.getElementById(link.getAttribute('href').slice(1))?.focus();
        }
    });
    form.prepend(summary);
    focus(summary);
    return summary;
}

/** A client-side check failed: same look as the server's field problems. */
export function invalid(fields) {
    return new ApiProblem(400, { title: 'Invalid request', fields });
}
