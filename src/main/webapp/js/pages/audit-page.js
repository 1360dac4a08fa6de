import { h } from '../dom.js';
import { t, countryName, MEMBER_COUNTRIES } from '../i18n.js';
import { getJson } from '../api.js';
import { loadInto } from '../components/loading.js';
import { downloadButton } from '../components/download.js';
import { goTo } from '../navigation.js';
import { problemSentence } from '../domain/problems.js';
import { momentElement, actionName, proposalLink, REVISION_ACTIONS } from '../components/revision-facts.js';

/**
 * The audit log (GET /api/audit): revisions newest first as far as the user may see them, narrowed
 * by who, country, organization, theme, action, proposal and dates; pages of 50; the whole filtered
 * list as CSV; and a check of the hash chain (GET /api/audit/verify).
 */
const FILTERS = ['actor', 'country', 'organization', 'theme', 'action', 'proposal', 'from', 'to'];
const SIZE = 50;

export default {
    title: () => t('audit.title'),
    async render(main, params, query) {
        const filters = new URLSearchParams();
        FILTERS.forEach((name) => query.get(name)?.trim() && filters.set(name, query.get(name).trim()));
        const page = Math.max(0, Number.parseInt(query.get('page') ?? '0', 10) || 0);
        const body = h('div', {});
        const formBox = h('div', {});
        main.append(h('h1', { class: 'govuk-heading-l' }, t('audit.title')),
            h('p', { class: 'govuk-body scm-lead' }, t('audit.intro')), formBox, body, chainCheck());
        const [organizations, themes] = await Promise.all([getJson('organizations').catch(() => []), getJson('themes').catch(() => [])]);
        // on a phone the filters fold away (they would push the log below the fold) unless some are set
        const open = [...filters.keys()].length > 0 || !window.matchMedia('(max-width: 640px)').matches;
        formBox.append(h('details', { class: 'govuk-details scm-audit__details', open },
            h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, t('audit.filters'))),
            h('div', { class: 'govuk-details__text' }, filterForm(filters, organizations, themes))));
        const search = new URLSearchParams(filters);
        search.set('page', String(page));
        search.set('size', String(SIZE));
        await loadInto(body, () => getJson(`audit?${search}`), (answer) => [
            h('div', { class: 'scm-toolbar' },
                h('p', { class: 'govuk-body', role: 'status' }, answer.total
                    ? t('audit.showing', { first: page * SIZE + 1, last: page * SIZE + answer.items.length, total: answer.total })
                    : t('audit.none')),
                downloadButton(`audit?${filters}`, 'audit.csv')),
            answer.items.length ? table(answer.items) : null,
            pager(filters, page, answer.total),
        ]);
    },
};

function filterForm(filters, organizations, themes) {
    const text = (name, options = {}) => {
        const input = h('input', { class: ['govuk-input', options.width ?? 'govuk-input--width-10'], id: `audit-${name}`, name, type: options.type ?? 'text', ...options.attributes });
        input.value = filters.get(name) ?? '';
        return group(name, input);
    };
    const select = (name, entries) => {
        const element = h('select', { class: 'govuk-select', id: `audit-${name}`, name },
            h('option', { value: '' }, t('audit.any')),
            entries.map(([value, label]) => h('option', { value }, label)));
        element.value = filters.get(name) ?? '';
        return group(name, element);
    };
    const group = (name, control) => h('div', { class: 'govuk-form-group' },
        h('label', { class: 'govuk-label', for: control.id }, t(`audit.filter.${name}`)), control);
    const form = h('form', { class: 'scm-filters scm-audit__filters', method: 'get', action: '/audit' },
        text('actor'),
        select('country', MEMBER_COUNTRIES.map((code) => [code, countryName(code)]).sort((a, b) => a[1].localeCompare(b[1]))),
        select('organization', organizations.map((organization) => [organization.code, `${organization.code} — ${organization.name}`])),
        select('theme', themes.map((theme) => [String(theme.number), `${theme.number}. ${theme.title}`])),
        select('action', REVISION_ACTIONS.map((action) => [action, actionName(action)])),
        text('proposal', { width: 'govuk-input--width-5', attributes: { inputmode: 'numeric' } }),
        text('from', { type: 'date' }),
        text('to', { type: 'date' }),
        h('div', { class: 'govuk-button-group' },
            h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, t('review.filter')),
            h('a', { class: 'govuk-link', href: '/audit' }, t('audit.clear'))));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        const chosen = new URLSearchParams();
        new FormData(form).forEach((value, name) => String(value).trim() && chosen.set(name, String(value).trim()));
        goTo(`/audit?${chosen}`);
    });
    return form;
}

function table(items) {
    return h('div', { class: 'scm-table-scroll' }, h('table', { class: 'govuk-table scm-audit__table' },
        h('caption', { class: 'govuk-table__caption govuk-visually-hidden' }, t('audit.title')),
        h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
            ['audit.revision', 'audit.at', 'audit.action', 'audit.actor', 'history.proposedBy', 'history.approvedBy', 'audit.proposal', 'audit.reason']
                .map((key, index) => h('th', { scope: 'col', class: ['govuk-table__header', index === 0 && 'govuk-table__header--numeric'] }, t(key))))),
        h('tbody', { class: 'govuk-table__body' }, items.map((entry) => h('tr', { class: 'govuk-table__row', dataset: { revision: entry.revision } },
            h('td', { class: 'govuk-table__cell govuk-table__cell--numeric' }, String(entry.revision)),
            h('td', { class: 'govuk-table__cell scm-nowrap' }, momentElement(entry.at)),
            h('td', { class: 'govuk-table__cell' }, actionName(entry.action),
                entry.mapping ? null : h('span', { class: 'scm-hint' }, ` (${t('audit.proposalWork')})`),
                entry.conflictOverride ? [' ', h('strong', { class: 'govuk-tag govuk-tag--orange' }, t('history.override'))] : null),
            h('td', { class: 'govuk-table__cell' }, entry.actor ?? '', entry.actorCountry ? h('span', { class: 'scm-hint' }, ` · ${countryName(entry.actorCountry)}`) : null),
            h('td', { class: 'govuk-table__cell' }, entry.proposingCountry ? countryName(entry.proposingCountry) : '—'),
            h('td', { class: 'govuk-table__cell' }, entry.reviewer ?? '—'),
            h('td', { class: 'govuk-table__cell scm-nowrap' }, entry.proposal ? proposalLink(entry.proposal) : '—'),
            h('td', { class: 'govuk-table__cell scm-pre' }, entry.reason ?? ''))))));
}

function pager(filters, page, total) {
    const last = Math.max(0, Math.ceil(total / SIZE) - 1);
    if (last === 0) {
        return null;
    }
    const link = (number, label, rel) => {
        const search = new URLSearchParams(filters);
        search.set('page', String(number));
        return h('a', { class: 'govuk-link govuk-pagination__link', href: `/audit?${search}`, rel }, label);
    };
    return h('nav', { class: 'govuk-pagination', 'aria-label': t('audit.pages') },
        page > 0 ? h('div', { class: 'govuk-pagination__prev' }, link(page - 1, t('audit.previous'), 'prev')) : null,
        h('p', { class: 'govuk-body scm-audit__page' }, t('audit.page', { page: page + 1, pages: last + 1 })),
        page < last ? h('div', { class: 'govuk-pagination__next' }, link(page + 1, t('audit.next'), 'next')) : null);
}

/** Recomputes the hash chain on demand: it reads every revision, so it is not run on every visit. */
function chainCheck() {
    const result = h('div', { role: 'status' });
    const button = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary' }, t('audit.verify'));
    button.addEventListener('click', async () => {
        button.disabled = true;
        result.replaceChildren(h('p', { class: 'govuk-body scm-loading' }, t('loading')));
        try {
            const check = await getJson('audit/verify');
            result.replaceChildren(check.valid
                ? h('p', { class: 'govuk-body' }, h('strong', { class: 'govuk-tag govuk-tag--green' }, t('audit.chainValid')), ' ',
                    t('audit.chainValidText', { count: check.revisions }), ' ', t('audit.head'), ' ', h('code', { class: 'scm-hash' }, check.head ?? '—'))
                : h('p', { class: 'govuk-body' }, h('strong', { class: 'govuk-tag govuk-tag--red' }, t('audit.chainBroken')), ' ',
                    t('audit.chainBrokenText', { revision: check.firstBroken })));
        } catch (problem) {
            result.replaceChildren(h('p', { class: 'govuk-error-message' }, problemSentence(problem)));
        } finally {
            button.disabled = false;
        }
    });
    return h('section', { class: 'scm-actions', 'aria-labelledby': 'chain-heading' },
        h('h2', { class: 'govuk-heading-m', id: 'chain-heading' }, t('audit.chainHeading')),
        h('p', { class: 'govuk-body' }, t('audit.chainIntro')), button, result);
}
