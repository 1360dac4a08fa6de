import { h, focus } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { getJson, post, segment } from '../api.js';
import { loadInto } from '../components/loading.js';
import { isSecretariat } from '../domain/session.js';
import { problemSentence } from '../domain/problems.js';
import { calendarDate } from '../components/revision-facts.js';

/**
 * Editions (GET /api/editions) and, for the secretariat, their cycle: open (with a title) → closed to
 * proposals (freeze) → published, each step offered only when the edition's allowedActions list it,
 * and opening only while no edition is in progress. A published edition shows the revision it stands
 * at and that revision's head hash, to be cited with it. Refusals are shown as sentences.
 */
export default {
    title: () => t('editions.title'),
    async render(main) {
        const body = h('div', {});
        main.append(h('h1', { class: 'govuk-heading-l' }, t('editions.title')), h('p', { class: 'govuk-body scm-lead' }, t('editions.intro')), body);
        const reload = () => loadInto(body, () => getJson('editions'), (editions) => {
            const inProgress = editions.find((edition) => edition.state !== 'PUBLISHED');
            return [
                editionsTable(editions, reload),
                isSecretariat() ? (inProgress
                    ? h('p', { class: 'govuk-body' }, t('editions.oneAtATime', { year: inProgress.year }))
                    : openForm(editions, reload)) : null,
            ];
        });
        await reload();
    },
};

/**
 * The editions, newest first. On a phone each edition is a block with its labels (data-label); the
 * ARIA roles keep it a table for screen readers whatever the display.
 */
function editionsTable(editions, reload) {
    const columns = ['editions.year', 'editions.name', 'editions.state', 'editions.published', 'editions.citation',
        isSecretariat() ? 'editions.actions' : null].filter(Boolean).map((key) => t(key));
    const cell = (index, ...content) => h('td', { class: 'govuk-table__cell', role: 'cell', 'data-label': columns[index] }, ...content);
    return h('table', { class: 'govuk-table scm-editions', role: 'table' },
        h('caption', { class: 'govuk-table__caption govuk-visually-hidden' }, t('editions.title')),
        h('thead', { class: 'govuk-table__head', role: 'rowgroup' }, h('tr', { class: 'govuk-table__row', role: 'row' },
            columns.map((label) => h('th', { scope: 'col', class: 'govuk-table__header', role: 'columnheader' }, label)))),
        h('tbody', { class: 'govuk-table__body', role: 'rowgroup' }, [...editions].reverse().map((edition) =>
            h('tr', { class: 'govuk-table__row', role: 'row', dataset: { year: edition.year } },
                h('th', { scope: 'row', class: 'govuk-table__header', role: 'rowheader', 'data-label': columns[0] },
                    h('a', { class: 'govuk-link', href: `/matrix?edition=${edition.year}` }, String(edition.year))),
                cell(1, edition.title,
                    edition.event || edition.place ? h('span', { class: 'scm-hint' }, h('br'), [edition.event, edition.place].filter(Boolean).join(' · ')) : null,
                    edition.notes ? h('p', { class: 'govuk-body-s scm-pre' }, edition.notes) : null),
                cell(2, h('strong', { class: ['govuk-tag', STATE_TAG[edition.state]] }, t(`editions.state.${edition.state}`))),
                cell(3, edition.publishedOn ? calendarDate(edition.publishedOn, formatDate) : '—'),
                cell(4, citation(edition)),
                isSecretariat() ? cell(5, cycleActions(edition, reload)) : null))));
}

const STATE_TAG = { OPEN: 'govuk-tag--green', FROZEN: 'govuk-tag--yellow', PUBLISHED: 'govuk-tag--blue' };

/** A published edition's revision and head hash; an edition in progress reads the current state. */
function citation(edition) {
    if (edition.state !== 'PUBLISHED') {
        return h('span', { class: 'scm-hint' }, t('editions.notYet'));
    }
    return h('span', {},
        edition.frozenRevision ? t('history.revision', { revision: edition.frozenRevision }) : null,
        edition.headHash ? [h('br'), h('span', { class: 'scm-hint' }, `${t('editions.headHash')}: `),
            h('code', { class: 'scm-hash', title: edition.headHash }, edition.headHash)] : null,
        h('br'), downloads(edition));
}

/** A published edition's document (PDF) and open data (CSV, XLSX, JSON), each named with its year for screen readers. */
function downloads(edition) {
    const link = (format, label) => h('a', {
        class: 'govuk-link', href: `/api/editions/${segment(edition.year)}/download?format=${format}`, download: '',
    }, label, h('span', { class: 'govuk-visually-hidden' }, ` ${t('editions.downloadOf', { year: edition.year })}`));
    return h('span', { class: 'scm-edition-downloads' },
        h('span', { class: 'scm-hint' }, `${t('editions.download')}: `),
        link('pdf', 'PDF'), ' · ', link('csv', 'CSV'), ' · ', link('xlsx', 'XLSX'), ' · ', link('json', 'JSON'));
}

/** The next step the edition allows (freeze, publish), with a confirmation; publishing may set the final title and notes. */
function cycleActions(edition, reload) {
    const box = h('div', { class: 'scm-edition-actions' });
    for (const action of edition.allowedActions ?? []) {
        const button = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary scm-button--small', dataset: { action } },
            t(`editions.${action}`), h('span', { class: 'govuk-visually-hidden' }, ` ${edition.year}`));
        button.addEventListener('click', () => box.replaceChildren(confirmStep(edition, action, reload)));
        box.append(button);
    }
    return box.childElementCount ? box : '—';
}

function confirmStep(edition, action, reload) {
    const id = `edition-${edition.year}-${action}`;
    const fields = [];
    let title;
    let notes;
    if (action === 'publish') {
        title = h('input', { class: 'govuk-input', id: `${id}-title`, name: 'title', type: 'text', maxlength: 300 });
        title.value = edition.title ?? '';
        notes = h('textarea', { class: 'govuk-textarea', id: `${id}-notes`, name: 'notes', rows: 3 });
        fields.push(group(`${id}-title`, 'title', t('editions.titleLabel'), title),
            group(`${id}-notes`, 'notes', t('editions.notesLabel'), notes, t('editions.optional')));
    }
    const confirm = h('button', { type: 'submit', class: 'govuk-button scm-button--small' }, t(`editions.${action}`));
    const cancel = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary scm-button--small', onclick: () => reload() }, t('cancel'));
    const form = h('form', { class: 'scm-form scm-edition-step', novalidate: true },
        h('p', { class: 'govuk-body-s' }, t(`editions.${action}Confirm`, { year: edition.year })),
        fields, h('div', { class: 'govuk-button-group' }, confirm, cancel));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        const body = action === 'publish' ? { title: title.value.trim() || null, notes: notes.value.trim() || null } : {};
        run(form, confirm, () => post(`editions/${segment(edition.year)}/${action}`, body), reload);
    });
    queueMicrotask(() => (title ?? confirm).focus());
    return form;
}

/** Opening an edition: its year (after the last one), a title, and optionally the meeting and its place. */
function openForm(editions, reload) {
    const lastYear = Math.max(0, ...editions.map((edition) => edition.year));
    const year = h('input', { class: 'govuk-input govuk-input--width-4', id: 'edition-year', name: 'year', type: 'text', inputmode: 'numeric', autocomplete: 'off' });
    year.value = String(Math.max(new Date().getUTCFullYear(), lastYear + 1));
    const title = h('input', { class: 'govuk-input', id: 'edition-title', name: 'title', type: 'text', maxlength: 300 });
    const event = h('input', { class: 'govuk-input', id: 'edition-event', name: 'event', type: 'text' });
    const place = h('input', { class: 'govuk-input govuk-input--width-20', id: 'edition-place', name: 'place', type: 'text' });
    const open = h('button', { type: 'submit', class: 'govuk-button' }, t('editions.open'));
    const form = h('form', { class: 'scm-form scm-actions', novalidate: true, 'aria-labelledby': 'open-edition-heading' },
        h('h2', { class: 'govuk-heading-m', id: 'open-edition-heading' }, t('editions.openHeading')),
        h('p', { class: 'govuk-body' }, t('editions.openHint')),
        group('edition-year', 'year', t('editions.year'), year),
        group('edition-title', 'title', t('editions.titleLabel'), title, t('editions.titleHint')),
        group('edition-event', 'event', t('editions.eventLabel'), event, t('editions.optional')),
        group('edition-place', 'place', t('editions.placeLabel'), place, t('editions.optional')),
        open);
    form.addEventListener('submit', (submitted) => {
        submitted.preventDefault();
        const problems = [];
        if (!/^\d{4}$/.test(year.value.trim())) {
            problems.push('year');
        }
        if (!title.value.trim()) {
            problems.push('title');
        }
        if (problems.length) {
            showErrors(form, { status: 400, fields: problems.map((field) => ({ field, message: '' })) });
            return;
        }
        run(form, open, () => post(`editions/${segment(year.value.trim())}/open`, {
            title: title.value.trim(), event: event.value.trim() || null, place: place.value.trim() || null,
        }), reload);
    });
    return form;
}

function group(id, field, label, control, hint) {
    const hintId = hint ? `${id}-hint` : null;
    if (hintId) {
        control.setAttribute('aria-describedby', hintId);
    }
    return h('div', { class: 'govuk-form-group', 'data-field': field },
        h('label', { class: 'govuk-label', for: id }, label),
        hint ? h('div', { class: 'govuk-hint', id: hintId }, hint) : null,
        control);
}

async function run(form, button, action, reload) {
    button.disabled = true;
    try {
        await action();
        await reload();
    } catch (problem) {
        button.disabled = false;
        showErrors(form, problem);
    }
}

/** A refusal as sentences: the summary at the top of the form, each field's sentence by the field. */
function showErrors(form, problem) {
    form.querySelectorAll('.govuk-error-summary, .scm-field-error').forEach((element) => element.remove());
    form.querySelectorAll('.govuk-form-group--error').forEach((element) => element.classList.remove('govuk-form-group--error'));
    const fields = problem.fields ?? [];
    const items = [];
    for (const { field, message } of fields) {
        const sentence = fieldSentence(field, message);
        const groupElement = form.querySelector(`[data-field="${CSS.escape(field)}"]`);
        const input = groupElement?.querySelector('input, textarea');
        if (groupElement && input) {
            groupElement.classList.add('govuk-form-group--error');
            const messageId = `${input.id}-error`;
            groupElement.querySelector('.govuk-label').after(h('p', { class: 'govuk-error-message scm-field-error', id: messageId },
                h('span', { class: 'govuk-visually-hidden' }, `${t('error')}: `), sentence));
            input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), messageId].filter(Boolean).join(' '));
            items.push(h('li', {}, h('a', { href: `#${input.id}`, onclick: (event) => { event.preventDefault(); input.focus(); } }, sentence)));
        } else {
            items.push(h('li', {}, sentence));
        }
    }
    const summary = h('div', { class: 'govuk-error-summary' }, h('div', { role: 'alert' },
        h('h2', { class: 'govuk-error-summary__title' }, headline(problem)),
        items.length ? h('div', { class: 'govuk-error-summary__body' }, h('ul', { class: 'govuk-list govuk-error-summary__list' }, items)) : null));
    form.prepend(summary);
    focus(summary);
}

function headline(problem) {
    if (problem.status === 409) {
        const state = problem.problem?.state;
        return /exists already/.test(problem.detail ?? '') ? t('editions.problem.exists')
            : /in progress|is (OPEN|FROZEN)/.test(problem.detail ?? '') && !/exists/.test(problem.detail ?? '') && state
                ? t('editions.problem.inProgress', { state: t(`editions.state.${state}`) })
                : t('editions.problem.state', { state: state ? t(`editions.state.${state}`) : '' });
    }
    if (problem.status === 400) {
        return t('problem.checkFields');
    }
    if (problem.status === 403) {
        return t('editions.problem.forbidden');
    }
    return problemSentence(problem);
}

function fieldSentence(field, message = '') {
    if (field === 'year') {
        return /after the last/.test(message) ? t('editions.problem.yearAfter') : t('editions.problem.year');
    }
    if (field === 'title') {
        return /characters/.test(message) && message ? t('editions.problem.titleLength') : t('editions.problem.title');
    }
    const tooLong = /(\d+)/.exec(message);
    return tooLong ? t('field.tooLong', { max: tooLong[1] }) : t('field.invalid');
}
