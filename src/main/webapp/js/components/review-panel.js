import { h } from '../dom.js';
import { t } from '../i18n.js';
import { post } from '../api.js';
import { act } from './actions.js';
import { radios, textarea } from './item-form.js';
import { showProblem, invalid, clearErrors } from './form-errors.js';
import { levelLabel, LEVELS } from '../domain/levels.js';

/**
 * The secretariat's decision on one item: accept (the default) or reject with a reason.
 * Registers itself in `decisions` (item id → {accept, reason}).
 */
export function decisionControls(item, decisions) {
    const choice = radios(`decision-${item.id}`, `decision-${item.id}`, t('review.decision'), [
        { value: 'accept', label: t('review.accept') },
        { value: 'reject', label: t('review.reject') },
    ], 'accept');
    const reason = textarea(`decision-reason-${item.id}`, `decision-reason-${item.id}`, t('review.rejectReason'), '', { rows: 2 });
    reason.group.hidden = true;
    choice.group.addEventListener('change', () => {
        reason.group.hidden = choice.value() !== 'reject';
    });
    decisions.set(item.id, { accept: () => choice.value() !== 'reject', reason: () => reason.input.value.trim() });
    return h('div', { class: 'scm-decision' }, choice.group, reason.group);
}

/** Approve (all, or as decided item by item), request changes, reject — whichever the API allows now. */
export function reviewPanel(state, allowed, decisions, reload) {
    const { proposal } = state;
    const section = h('section', { class: 'scm-actions scm-review', 'aria-labelledby': 'review-heading' },
        h('h2', { class: 'govuk-heading-m', id: 'review-heading' }, t('review.yourDecision')));

    if (allowed.has('approve')) {
        const form = h('form', { class: 'scm-form', novalidate: true });
        const approve = h('button', { type: 'submit', class: 'govuk-button' }, t('review.approve'));
        const conflictsBox = h('div', {});
        form.append(h('p', { class: 'govuk-body' }, t('review.approveHint')), conflictsBox, h('div', { class: 'govuk-button-group' }, approve));
        const body = (override) => {
            const list = proposal.items.map((item) => ({ item: item.id, accept: decisions.get(item.id).accept(), reason: decisions.get(item.id).reason() || null }));
            return { override, decisions: list };
        };
        const fieldFor = (field) => {
            const match = /^decisions\[(\d+)\]\.reason$/.exec(field);
            return match ? `decision-reason-${proposal.items[Number(match[1])]?.id}` : field;
        };
        const send = async (override, button) => {
            const input = body(override);
            const missing = input.decisions.filter((decision) => !decision.accept && !decision.reason)
                .map((decision) => ({ field: `decision-reason-${decision.item}`, message: 'a rejected item needs a reason' }));
            if (missing.length) {
                showProblem(section, invalid(missing));
                return;
            }
            clearErrors(section);
            const problem = await act(form, button, () => post(`proposals/${proposal.id}/approve`, input, state.etag), reload, { fieldFor });
            if (problem?.status === 409 && problem.problem?.conflicts) {
                showConflicts(problem.problem.conflicts, conflictsBox, (overrideButton) => send(true, overrideButton), state);
            }
        };
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            send(false, approve);
        });
        section.append(form);
    }
    if (allowed.has('request-changes')) {
        section.append(reasonForm('request-changes', state, reload, { button: 'govuk-button--secondary' }));
    }
    if (allowed.has('reject')) {
        section.append(reasonForm('reject', state, reload, { button: 'govuk-button--warning' }));
    }
    return section;
}

function reasonForm(action, state, reload, { button }) {
    const reason = textarea(`${action}-reason`, 'reason', t(`review.${action}.reason`), '', { hint: t(`review.${action}.hint`), rows: 3 });
    const send = h('button', { type: 'submit', class: ['govuk-button', button] }, t(`action.${action}`));
    const form = h('form', { class: 'scm-form scm-reason-form', novalidate: true }, reason.group, send);
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (!reason.input.value.trim()) {
            showProblem(form, invalid([{ field: 'reason', message: 'a reason is required' }]));
            return;
        }
        act(form, send, () => post(`proposals/${state.proposal.id}/${action}`, { reason: reason.input.value }, state.etag), reload);
    });
    return form;
}

/** The items whose base changed: marked in the list, explained here, with "apply anyway" behind a confirmation. */
function showConflicts(conflicts, box, override, state) {
    for (const conflict of conflicts) {
        const element = document.querySelector(`[data-item="${conflict.item}"]`);
        element?.classList.add('scm-item--conflict');
        element?.querySelector('.scm-item__heading')?.after(h('p', { class: 'govuk-body scm-conflict-flag' }, h('strong', {}, t('conflict.title'))));
    }
    const value = (conflict, level) => (conflict.kind === 'CELL_LEVEL' && LEVELS.includes(level) ? levelLabel(level) : level ?? '—');
    const confirm = h('input', { class: 'govuk-checkboxes__input', type: 'checkbox', id: 'override-confirm' });
    const apply = h('button', { type: 'button', class: 'govuk-button govuk-button--warning' }, t('conflict.applyAnyway'));
    apply.addEventListener('click', () => {
        if (!confirm.checked) {
            confirm.focus();
            return;
        }
        override(apply);
    });
    box.replaceChildren(h('div', { class: 'govuk-notification-banner scm-conflicts', role: 'region', 'aria-labelledby': 'conflicts-title' },
        h('div', { class: 'govuk-notification-banner__header' },
            h('h3', { class: 'govuk-notification-banner__title', id: 'conflicts-title' }, t('conflict.heading', { count: conflicts.length }))),
        h('div', { class: 'govuk-notification-banner__content' },
            h('p', { class: 'govuk-body' }, t('conflict.explain')),
            h('table', { class: 'govuk-table' },
                h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
                    ['conflict.item', 'conflict.base', 'conflict.current', 'conflict.proposed', 'conflict.changedBy']
                        .map((key) => h('th', { scope: 'col', class: 'govuk-table__header' }, t(key))))),
                h('tbody', { class: 'govuk-table__body' }, conflicts.map((conflict) => h('tr', { class: 'govuk-table__row' },
                    h('td', { class: 'govuk-table__cell' }, h('a', { class: 'govuk-link', href: `#item-${conflict.item}` },
                        t('item.number', { number: state.proposal.items.findIndex((item) => item.id === conflict.item) + 1 }))),
                    h('td', { class: 'govuk-table__cell scm-pre' }, value(conflict, conflict.base)),
                    h('td', { class: 'govuk-table__cell scm-pre' }, value(conflict, conflict.current)),
                    h('td', { class: 'govuk-table__cell scm-pre' }, value(conflict, conflict.proposed)),
                    h('td', { class: 'govuk-table__cell' },
                        conflict.changedInRevision ? t('conflict.revision', { revision: conflict.changedInRevision }) : '',
                        conflict.changedByProposal ? h('span', {}, ' ', h('a', { class: 'govuk-link', href: `/proposals/${conflict.changedByProposal}` },
                            t('conflict.byProposal', { id: conflict.changedByProposal }))) : null))))),
            h('p', { class: 'govuk-body' }, t('conflict.orRequestChanges')),
            h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' }, h('div', { class: 'govuk-checkboxes__item' }, confirm,
                h('label', { class: 'govuk-label govuk-checkboxes__label', for: 'override-confirm' }, t('conflict.confirm')))),
            apply)));
}
