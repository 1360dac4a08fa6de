import { h } from '../dom.js';
import { t } from '../i18n.js';
import { problemSentence } from '../domain/problems.js';
import { ApiProblem } from '../api.js';

/** A button that downloads an API resource as CSV (the API chooses CSV by the Accept header). */
export function downloadButton(path, filename) {
    const message = h('span', { class: 'govuk-error-message', role: 'status' });
    const button = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary' }, t('downloadCsv'));
    button.addEventListener('click', async () => {
        message.textContent = '';
        try {
            const response = await fetch(`/api/${path}`, { headers: { Accept: 'text/csv' }, credentials: 'same-origin' });
            if (!response.ok) {
                throw new ApiProblem(response.status);
            }
            const url = URL.createObjectURL(await response.blob());
            const link = h('a', { href: url, download: filename });
            document.body.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(url), 10_000);
        } catch (problem) {
            message.textContent = problemSentence(problem instanceof ApiProblem ? problem : new ApiProblem(0));
        }
    });
    return h('div', { class: 'scm-download' }, button, message);
}

/**
 * Plain links that download an API resource as Excel (XLSX) and CSV (`?format=`), named by the server;
 * they work without scripts and can be copied. `path` is relative to /api/ and may carry a query.
 */
export function downloadLinks(path) {
    const separator = path.includes('?') ? '&' : '?';
    const link = (format, label) => h('a', {
        class: 'govuk-link scm-download__link', href: `/api/${path}${separator}format=${format}`, download: '',
    }, label);
    return h('p', { class: 'govuk-body scm-download' },
        link('xlsx', t('downloadXlsx')), ' · ', link('csv', t('downloadCsv')));
}
