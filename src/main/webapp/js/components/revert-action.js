import { h, focus } from '../dom.js';
import { t, countryName } from '../i18n.js';
import { post } from '../api.js';
import { session, isFocalPoint, isSecretariat } from '../domain/session.js';
import { problemSentence } from '../domain/problems.js';
import { goTo } from '../navigation.js';

/**
 * "Revert" on an applied proposal (APPROVED or PARTIALLY_APPROVED), for a focal point of its country
 * or the secretariat: after a confirmation saying what it does, POST /api/proposals/{id}/revert
 * prepares a new draft of the country that puts back the values from before the approval; the draft
 * goes through review like any other. On success the new draft opens; a refusal (409) is shown as
 * a sentence.
 */
export function revertAction(proposal) {
    const applied = ['APPROVED', 'PARTIALLY_APPROVED'].includes(proposal.status);
    const mayRevert = isSecretariat() || (isFocalPoint() && session()?.country === proposal.country);
    if (!applied || !mayRevert) {
        return null;
    }
    const place = h('div', {});
    const start = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'revert-start' }, t('revert.action'));
    start.addEventListener('click', () => {
        start.hidden = true;
        place.replaceChildren(confirmation(proposal, () => {
            place.replaceChildren();
            start.hidden = false;
            start.focus();
        }));
        focus(place.querySelector('h3'));
    });
    return h('section', { class: 'scm-actions scm-revert', 'aria-labelledby': 'revert-heading' },
        h('h2', { class: 'govuk-heading-m', id: 'revert-heading' }, t('revert.heading')),
        h('p', { class: 'govuk-body' }, t('revert.intro')), start, place);
}

function confirmation(proposal, cancelled) {
    const message = h('div', {});
    const confirm = h('button', { type: 'submit', class: 'govuk-button govuk-button--warning', id: 'revert-confirm' }, t('revert.confirm'));
    const cancel = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', onclick: cancelled }, t('cancel'));
    const form = h('form', { class: 'scm-form scm-revert__confirm', novalidate: true },
        message,
        h('h3', { class: 'govuk-heading-s' }, t('revert.confirmHeading')),
        h('div', { class: 'govuk-warning-text' },
            h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
            h('div', { class: 'govuk-warning-text__text' },
                h('span', { class: 'govuk-visually-hidden' }, `${t('revert.warning')}: `),
                t('revert.explain', { country: countryName(proposal.country), id: proposal.id }))),
        h('p', { class: 'govuk-body' }, t('revert.review')),
        h('div', { class: 'govuk-button-group' }, confirm, cancel));
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        confirm.disabled = true;
        message.replaceChildren();
        try {
            const { data } = await post(`proposals/${proposal.id}/revert`);
            goTo(`/proposals/${data.id}`);
        } catch (problem) {
            confirm.disabled = false;
            const summary = h('div', { class: 'govuk-error-summary' }, h('div', { role: 'alert' },
                h('h2', { class: 'govuk-error-summary__title' }, t('revert.failed')),
                h('div', { class: 'govuk-error-summary__body' }, h('p', { class: 'govuk-body' }, refusal(problem)))));
            message.replaceChildren(summary);
            focus(summary);
        }
    });
    return form;
}

/** The server's reason in the user's words where it is one we know; otherwise its own sentence. */
function refusal(problem) {
    if (problem.status !== 409) {
        return problemSentence(problem);
    }
    const detail = problem.detail ?? '';
    if (/^Nothing to put back/.test(detail)) {
        return t('revert.nothing');
    }
    if (/only an applied proposal can be reverted/.test(detail)) {
        return t('revert.notApplied');
    }
    return detail || problemSentence(problem);
}
