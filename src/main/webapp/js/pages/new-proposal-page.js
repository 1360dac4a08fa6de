import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, post } from '../api.js';
import { loadInto } from '../components/loading.js';
import { itemForm, textarea } from '../components/item-form.js';
import { showProblem, clearErrors, invalid } from '../components/form-errors.js';
import { isFocalPoint } from '../domain/session.js';
import { goTo } from '../navigation.js';
import { checkItem } from '../domain/item-checks.js';

/**
 * A new proposal for the focal point's country: title, justification and its first change
 * (pre-filled from the cell or profile it was started from). Saved as a draft; more changes,
 * submission and withdrawal happen on the proposal's page.
 */
export default {
    title: () => t('newProposal.title'),
    async render(main, params, query) {
        const body = h('div', {});
        main.append(h('h1', { class: 'govuk-heading-l' }, t('newProposal.title')), body);
        if (!isFocalPoint()) {
            body.append(h('p', { class: 'govuk-body' }, t('newProposal.onlyFocalPoints')));
            return;
        }
        await loadInto(body, async () => {
            const [organizations, matrix] = await Promise.all([getJson('organizations'), getJson('matrix')]);
            return { organizations, themes: matrix.themes };
        }, ({ organizations, themes }) => {
            const target = { organization: query.get('organization') ?? undefined, theme: query.get('theme') ? Number(query.get('theme')) : undefined };
            const title = h('input', { class: 'govuk-input', id: 'proposal-title', name: 'title', type: 'text', maxlength: 200 });
            const rationale = textarea('proposal-rationale', 'rationale', t('proposal.rationale'), '', { hint: t('proposal.rationaleHint') });
            const item = itemForm({ organizations, themes, initial: target });
            const save = h('button', { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button' }, t('newProposal.save'));
            const form = h('form', { class: 'scm-form', novalidate: true },
                h('p', { class: 'govuk-body' }, t('newProposal.intro')),
                h('div', { class: 'govuk-form-group', 'data-field': 'title' },
                    h('label', { class: 'govuk-label govuk-label--s', for: 'proposal-title' }, t('proposal.titleLabel')),
                    h('div', { class: 'govuk-hint', id: 'proposal-title-hint' }, t('proposal.titleHint')),
                    title),
                rationale.group,
                h('h2', { class: 'govuk-heading-m' }, t('newProposal.firstChange')),
                item.element,
                h('div', { class: 'govuk-button-group' }, save,
                    h('a', { class: 'govuk-link', href: '/proposals' }, t('cancel'))));
            let draft = null;
            title.setAttribute('aria-describedby', 'proposal-title-hint');
            form.addEventListener('submit', async (event) => {
                event.preventDefault();
                clearErrors(form);
                const itemInput = item.value();
                const problems = [...(title.value.trim() ? [] : [{ field: 'title', message: 'a title is required' }]), ...checkItem(itemInput)];
                if (problems.length) {
                    showProblem(form, invalid(problems));
                    return;
                }
                save.disabled = true;
                try {
                    // a second try after a refused change keeps the draft already created
                    draft = draft ?? await post('proposals', { title: title.value, rationale: rationale.input.value || null });
                    await post(`proposals/${draft.data.id}/items`, itemInput, draft.etag);
                    goTo(`/proposals/${draft.data.id}`, { replace: true });
                } catch (problem) {
                    save.disabled = false;
                    showProblem(form, problem);
                }
            });
            return form;
        });
    },
};
