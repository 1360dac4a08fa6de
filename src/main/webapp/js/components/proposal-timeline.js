import { h } from '../dom.js';
import { t, formatDateTime, countryName } from '../i18n.js';
import { statusName } from '../domain/proposals.js';

/** Every step the proposal went through: who, when, from which state to which, and why. */
export function proposalTimeline(transitions) {
    if (!transitions.length) {
        return null;
    }
    return h('section', { 'aria-labelledby': 'timeline-heading' },
        h('h2', { class: 'govuk-heading-m', id: 'timeline-heading' }, t('timeline.title')),
        h('ol', { class: 'scm-timeline' }, transitions.map((step) => h('li', { class: 'scm-timeline__step' },
            h('p', { class: 'govuk-body' },
                h('strong', {}, t(`action.${step.action}`)), ' · ',
                `${statusName(step.from)} → ${statusName(step.to)}`),
            h('p', { class: 'govuk-body-s scm-hint' },
                `${step.actor} · ${t(`role.${step.role}`)}${step.country ? ` · ${countryName(step.country)}` : ''} · `,
                h('time', { datetime: step.at, title: step.at }, formatDateTime(step.at))),
            step.reason ? h('p', { class: 'govuk-body scm-pre' }, step.reason) : null))));
}
