import { h } from '../dom.js';
import { t } from '../i18n.js';
import { post, put, patch, remove } from '../api.js';
import { itemForm, textarea } from './item-form.js';
import { act } from './actions.js';
import { showProblem, invalid, clearErrors } from './form-errors.js';
import { checkItem } from '../domain/item-checks.js';

/**
 * What the proposing country does with its proposal: change an item, remove it, update it to the
 * current value after a conflict (rebase), add changes, edit title and justification, submit,
 * withdraw. Every write sends the proposal's ETag (If-Match).
 */
export function itemControls(state, item, { stale, reload }) {
    const { proposal } = state;
    const box = h('div', { class: 'scm-item__controls' });
    const editButton = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary scm-button--small' }, t('item.edit'));
    const removeButton = h('button', { type: 'button', class: 'govuk-button govuk-button--warning scm-button--small' }, t('item.remove'));
    const rebaseButton = stale ? h('button', { type: 'button', class: 'govuk-button scm-button--small' }, t('item.rebase')) : null;
    const form = h('form', { class: 'scm-form', novalidate: true }, h('div', { class: 'govuk-button-group' }, rebaseButton, editButton, removeButton));
    box.append(form);

    editButton.addEventListener('click', () => {
        const editor = itemForm({ organizations: state.organizations, themes: state.themes, initial: item });
        const save = h('button', { type: 'submit', class: 'govuk-button' }, t('item.saveChange'));
        const cancel = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', onclick: () => reload() }, t('cancel'));
        const editForm = h('form', { class: 'scm-form scm-item-editor', novalidate: true }, editor.element, h('div', { class: 'govuk-button-group' }, save, cancel));
        editForm.addEventListener('submit', async (event) => {
            event.preventDefault();
            const value = editor.value();
            const problems = checkItem(value);
            if (problems.length) {
                showProblem(editForm, invalid(problems));
                return;
            }
            await act(editForm, save, () => put(`proposals/${proposal.id}/items/${item.id}`, value, state.etag), reload);
        });
        box.replaceChildren(editForm);
        editForm.querySelector('input, select, textarea')?.focus();
    });
    removeButton.addEventListener('click', async () => {
        if (window.confirm(t('item.removeConfirm'))) {
            await act(form, removeButton, () => remove(`proposals/${proposal.id}/items/${item.id}`, state.etag), reload);
        }
    });
    rebaseButton?.addEventListener('click', () =>
        act(form, rebaseButton, () => post(`proposals/${proposal.id}/items/${item.id}/rebase`, undefined, state.etag), reload));
    if (rebaseButton) {
        form.prepend(h('p', { class: 'govuk-body-s' }, t('item.rebaseHint')));
    }
    return box;
}

export function countryActions(state, allowed, reload) {
    const { proposal } = state;
    const section = h('section', { class: 'scm-actions', 'aria-labelledby': 'country-actions-heading' },
        h('h2', { class: 'govuk-heading-m', id: 'country-actions-heading' }, t('proposal.whatNext')));
    const place = h('div', {});
    const buttons = [];

    if (allowed.has('edit')) {
        const add = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary' }, t('proposal.addChange'));
        add.addEventListener('click', () => place.replaceChildren(addItemForm(state, reload)));
        const describe = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary' }, t('proposal.editDescription'));
        describe.addEventListener('click', () => place.replaceChildren(descriptionForm(state, reload)));
        buttons.push(add, describe);
    }
    const form = h('form', { class: 'scm-form', novalidate: true });
    if (allowed.has('submit')) {
        const submit = h('button', { type: 'button', class: 'govuk-button' }, t('action.submit'));
        submit.addEventListener('click', () => act(form, submit, () => post(`proposals/${proposal.id}/submit`, {}, state.etag), reload));
        buttons.unshift(submit);
        section.append(h('p', { class: 'govuk-body' }, t('proposal.submitHint')));
    }
    if (allowed.has('withdraw')) {
        const withdraw = h('button', { type: 'button', class: 'govuk-button govuk-button--warning' }, t('action.withdraw'));
        withdraw.addEventListener('click', () => {
            if (window.confirm(t('proposal.withdrawConfirm'))) {
                act(form, withdraw, () => post(`proposals/${proposal.id}/withdraw`, {}, state.etag), reload);
            }
        });
        buttons.push(withdraw);
    }
    form.append(h('div', { class: 'govuk-button-group' }, buttons));
    section.append(form, place);
    return section;
}

function addItemForm(state, reload) {
    const editor = itemForm({ organizations: state.organizations, themes: state.themes });
    const save = h('button', { type: 'submit', class: 'govuk-button' }, t('proposal.addThisChange'));
    const form = h('form', { class: 'scm-form scm-item-editor', novalidate: true },
        h('h3', { class: 'govuk-heading-m' }, t('proposal.addChange')), editor.element,
        h('div', { class: 'govuk-button-group' }, save,
            h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', onclick: () => form.remove() }, t('cancel'))));
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        clearErrors(form);
        const value = editor.value();
        const problems = checkItem(value);
        if (problems.length) {
            showProblem(form, invalid(problems));
            return;
        }
        await act(form, save, () => post(`proposals/${state.proposal.id}/items`, value, state.etag), reload);
    });
    queueMicrotask(() => form.querySelector('input')?.focus());
    return form;
}

function descriptionForm(state, reload) {
    const { proposal } = state;
    const title = h('input', { class: 'govuk-input', id: 'edit-title', name: 'title', type: 'text', maxlength: 200 });
    title.value = proposal.title;
    const rationale = textarea('edit-rationale', 'rationale', t('proposal.rationale'), proposal.rationale ?? '', { hint: t('proposal.rationaleHint') });
    const save = h('button', { type: 'submit', class: 'govuk-button' }, t('save'));
    const form = h('form', { class: 'scm-form', novalidate: true },
        h('div', { class: 'govuk-form-group', 'data-field': 'title' },
            h('label', { class: 'govuk-label govuk-label--s', for: 'edit-title' }, t('proposal.titleLabel')), title),
        rationale.group,
        h('div', { class: 'govuk-button-group' }, save,
            h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', onclick: () => form.remove() }, t('cancel'))));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        act(form, save, () => patch(`proposals/${proposal.id}`, { title: title.value, rationale: rationale.input.value || null }, state.etag), reload);
    });
    queueMicrotask(() => title.focus());
    return form;
}
