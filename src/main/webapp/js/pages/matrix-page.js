import { h } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { getJson } from '../api.js';
import { loadInto } from '../components/loading.js';
import { matrixHeatmap, matrixLegend } from '../components/matrix-heatmap.js';
import { downloadLinks } from '../components/download.js';
import { openProposalsByCell } from '../domain/open-proposals.js';
import { goTo } from '../navigation.js';

/** The matrix, now or as an edition printed it. */
export default {
    title: () => t('matrix.title'),
    async render(main, params, query) {
        const edition = query.get('edition');
        const body = h('div', { class: 'scm-matrix-page' });
        main.append(
            h('h1', { class: 'govuk-heading-l' }, t('matrix.title')),
            h('p', { class: 'govuk-body scm-lead' }, t('matrix.intro')),
            body);
        await loadInto(body, async () => {
            const [matrix, organizations, editions, openCells] = await Promise.all([
                getJson(edition ? `matrix?edition=${encodeURIComponent(edition)}` : 'matrix'),
                getJson('organizations?inMatrix=true'),
                getJson('editions'),
                edition ? new Map() : openProposalsByCell(),
            ]);
            return { matrix, organizations, editions, openCells };
        }, ({ matrix, organizations, editions, openCells }) => {
            const names = new Map(organizations.map((organization) => [organization.code, organization.name]));
            const caption = matrix.edition
                ? t('matrix.captionEdition', { year: matrix.edition })
                : t('matrix.captionNow');
            return [
                h('div', { class: 'scm-toolbar' },
                    editionChooser(editions, edition),
                    downloadLinks(edition ? `matrix?edition=${encodeURIComponent(edition)}` : 'matrix')),
                matrixLegend(),
                matrixHeatmap(matrix, {
                    names, openCells, caption,
                    open: (organization, theme) => goTo(`/matrix/cells/${encodeURIComponent(organization)}/${theme}`),
                }),
                matrix.recordedAt ? h('p', { class: 'govuk-body-s' }, t('matrix.asOf', { date: formatDate(matrix.recordedAt) })) : null,
                editionCitation(editions, matrix.edition),
                h('p', { class: 'govuk-body-s scm-hint' }, t('matrix.keyboardHint')),
            ];
        });
    },
};

/** Current mapping or a past edition (a plain GET form: the address says what is shown). */
function editionChooser(editions, chosen) {
    const select = h('select', { class: 'govuk-select', id: 'edition', name: 'edition' },
        h('option', { value: '' }, t('matrix.current')),
        editions.map((edition) => h('option', { value: edition.year, selected: String(edition.year) === chosen },
            t('matrix.editionOption', { year: edition.year }))));
    const form = h('form', { class: 'scm-inline-form', method: 'get', action: '/matrix' },
        h('div', { class: 'govuk-form-group' },
            h('label', { class: 'govuk-label', for: 'edition' }, t('matrix.show')),
            select),
        h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, t('show')));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        goTo(select.value ? `/matrix?edition=${encodeURIComponent(select.value)}` : '/matrix');
    });
    return form;
}

/** A published edition is cited with the revision it stands at and that revision's head hash. */
function editionCitation(editions, year) {
    const edition = year ? editions.find((entry) => entry.year === Number(year)) : null;
    if (!edition?.headHash) {
        return null;
    }
    return h('p', { class: 'govuk-body-s' }, t('editions.citeAs', { year: edition.year, revision: edition.frozenRevision }), ' ',
        h('code', { class: 'scm-hash' }, edition.headHash));
}
