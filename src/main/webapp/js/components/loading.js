import { h } from '../dom.js';
import { t } from '../i18n.js';
import { problemSentence } from '../domain/problems.js';

/**
 * Shows a loading message in `container` while `load` runs, then what `render` builds from its
 * result; on failure a plain sentence and a "Try again" button that runs it all again.
 */
export async function loadInto(container, load, render) {
    container.setAttribute('aria-busy', 'true');
    container.replaceChildren(h('p', { class: 'govuk-body scm-loading', role: 'status' }, t('loading')));
    try {
        const data = await load();
        container.replaceChildren(...[render(data)].flat().filter(Boolean));
    } catch (problem) {
        console.error(problem);
        container.replaceChildren(failure(problem, () => loadInto(container, load, render)));
    } finally {
        container.removeAttribute('aria-busy');
    }
}

/** A failed load: what went wrong, in words, and a way to try again. */
export function failure(problem, retry) {
    const sentence = problem.status !== undefined ? problemSentence(problem) : t('problem.server');
    return h('div', { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary' },
        h('div', { role: 'alert' },
            h('h2', { class: 'govuk-error-summary__title' }, t('loadFailed')),
            h('div', { class: 'govuk-error-summary__body' },
                h('p', { class: 'govuk-body' }, sentence),
                problem.status === 401
                    ? h('a', { class: 'govuk-button', href: window.location.pathname, 'data-reload': true }, t('signInAgain'))
                    : h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', onclick: retry },
                        t('tryAgain')))));
}
