import { h } from '../dom.js';
import { t } from '../i18n.js';
import { upload, ApiProblem } from '../api.js';
import { showProblem, clearErrors, invalid } from '../components/form-errors.js';
import { fieldSentence } from '../domain/problems.js';
import { downloadLinks } from '../components/download.js';
import { isFocalPoint } from '../domain/session.js';
import { goTo } from '../navigation.js';

/**
 * A focal point uploads a filled matrix (XLSX or CSV, as downloaded from the matrix page); each cell
 * whose mark differs from the current mapping becomes a change of a new draft of their country. A bad
 * file is answered with every problem by cell (e.g. D7), shown in the error summary; nothing is saved then.
 */
export default {
    title: () => t('import.title'),
    async render(main) {
        main.append(h('h1', { class: 'govuk-heading-l' }, t('import.title')));
        if (!isFocalPoint()) {
            main.append(h('p', { class: 'govuk-body' }, t('newProposal.onlyFocalPoints')));
            return;
        }
        const file = h('input', {
            class: 'govuk-file-upload', id: 'import-file', name: 'file', type: 'file',
            accept: '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'aria-describedby': 'import-file-hint',
        });
        const title = input('import-title', 'title', 200);
        const citation = input('import-citation', 'sourceCitation', 1000);
        const url = input('import-url', 'sourceUrl', 2000, 'url');
        const send = h('button', { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button' }, t('import.send'));
        const form = h('form', { class: 'scm-form', novalidate: true },
            h('p', { class: 'govuk-body' }, t('import.intro')),
            h('p', { class: 'govuk-body' }, t('import.template')),
            downloadLinks('matrix'),
            h('div', { class: 'govuk-form-group', 'data-field': 'file' },
                h('label', { class: 'govuk-label govuk-label--s', for: 'import-file' }, t('import.file')),
                h('div', { class: 'govuk-hint', id: 'import-file-hint' }, t('import.fileHint')),
                file),
            group(title, 'title', t('proposal.titleLabel'), t('import.titleHint')),
            h('h2', { class: 'govuk-heading-m' }, t('import.sourceHeading')),
            h('p', { class: 'govuk-body' }, t('import.sourceIntro')),
            group(citation, 'sourceCitation', t('import.citation')),
            group(url, 'sourceUrl', t('import.url')),
            h('div', { class: 'govuk-button-group' }, send, h('a', { class: 'govuk-link', href: '/proposals' }, t('cancel'))));
        form.addEventListener('submit', async (event) => {
            event.preventDefault();
            clearErrors(form);
            const chosen = file.files?.[0];
            if (!chosen) {
                showImportProblem(form, invalid([{ field: 'file', message: 'a file is required' }]));
                return;
            }
            if (chosen.size > 2 * 1024 * 1024) {
                showImportProblem(form, new ApiProblem(413));
                return;
            }
            const query = new URLSearchParams();
            [['title', title], ['sourceCitation', citation], ['sourceUrl', url]].forEach(([name, field]) => {
                if (field.value.trim()) {
                    query.set(name, field.value.trim());
                }
            });
            send.disabled = true;
            try {
                const search = query.toString();
                const { data } = await upload(`proposals/import${search ? `?${search}` : ''}`, chosen);
                goTo(`/proposals/${data.id}`, { replace: true });
            } catch (problem) {
                send.disabled = false;
                showImportProblem(form, problem);
            }
        });
        main.append(form);
    },
};

function input(id, name, maxlength, type = 'text') {
    return h('input', { class: 'govuk-input', id, name, type, maxlength });
}

function group(field, name, label, hint) {
    const hintId = `${field.id}-hint`;
    if (hint) {
        field.setAttribute('aria-describedby', hintId);
    }
    return h('div', { class: 'govuk-form-group', 'data-field': name },
        h('label', { class: 'govuk-label govuk-label--s', for: field.id }, label),
        hint ? h('div', { class: 'govuk-hint', id: hintId }, hint) : null,
        field);
}

/** The file's problems as sentences naming their cells (e.g. D7); other refusals as the usual sentences. */
function showImportProblem(form, problem) {
    if (problem instanceof ApiProblem && (problem.status === 413 || problem.status === 422)) {
        const message = problem.status === 413 ? 'too large' : 'no change';
        showProblem(form, new ApiProblem(400, { fields: [{ field: 'file', message }] }), { sentenceFor: importSentence });
        return;
    }
    showProblem(form, problem, { sentenceFor: importSentence, fieldFor: (field) => SOURCE_FIELDS[field] ?? field });
}

/** The server reads the source for all as an item's first source. */
const SOURCE_FIELDS = { 'sources[0].citation': 'sourceCitation', 'sources[0].url': 'sourceUrl', 'sources[0]': 'sourceCitation' };

function importSentence(entry) {
    if (entry.field === 'file') {
        if (entry.message === 'too large') return t('import.tooLarge');
        if (entry.message === 'no change') return t('import.nothing');
        if (/required/.test(entry.message)) return t('import.fileRequired');
        return /empty/.test(entry.message) ? t('import.empty') : t('import.unreadable');
    }
    if (['title', 'sourceCitation', 'sourceUrl', 'justification', 'rationale'].includes(entry.field)
        || entry.field.startsWith('sources')) {
        return fieldSentence(entry.field, entry.message);
    }
    return cellSentence(entry);
}

/** One problem of the file's cells in the user's language; the cell reference is the server's (e.g. D7). */
export function cellSentence({ field, message }) {
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
    const number = /(\d+)/.exec(message)?.[1] ?? '';
    const list = /: ([^:]+)$/.exec(message)?.[1] ?? '';
    if (/unknown organization/.test(message)) return t('import.unknownOrganization', { cell: field, label: quoted });
    if (/is not a mark/.test(message)) return t('import.badMark', { cell: field, value: quoted });
    if (/unknown theme/.test(message)) return t('import.unknownTheme', { cell: field, theme: number });
    if (/not a theme number/.test(message)) return t('import.notATheme', { cell: field, value: quoted });
    if (/appears twice/.test(message)) return t('import.twice', { cell: field });
    if (/header must start|second heading/.test(message)) return t('import.header', { cell: field });
    if (/columns missing/.test(message)) return t('import.columnsMissing', { columns: list });
    if (/themes missing/.test(message)) return t('import.themesMissing', { themes: list });
    return `${field}: ${message}`;
}
