import { h } from '../dom.js';
import { t } from '../i18n.js';
import { showProblem, clearErrors } from './form-errors.js';

/**
 * Runs one action of a form and shows the page again afterwards. A refusal shows next to the
 * form's fields; when the proposal changed meanwhile (412) or moved on (409), a button reloads it.
 */
export async function act(form, button, action, reload, { fieldFor } = {}) {
    clearErrors(form);
    button.disabled = true;
    try {
        await action();
        await reload();
    } catch (problem) {
        button.disabled = false;
        const outdated = problem.status === 412 || problem.status === 428 || (problem.status === 409 && !problem.problem?.conflicts);
        showProblem(form, problem, {
            fieldFor,
            actions: outdated ? [h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', onclick: () => reload() },
                t('reload'))] : [],
        });
        return problem;
    }
    return null;
}
