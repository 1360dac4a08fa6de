import { h } from '../dom.js';
import { t, countryName, MEMBER_COUNTRIES } from '../i18n.js';
import { getJson } from '../api.js';
import { loadInto } from '../components/loading.js';
import { proposalTable } from '../components/proposal-table.js';
import { STATUSES, statusName, ageInDays } from '../domain/proposals.js';
import { select } from '../components/item-form.js';
import { goTo } from '../navigation.js';

const AGES = ['', '7', '30', '90'];

/** The secretariat's review queue: submitted proposals by default; filter by country, state and age. */
export default {
    title: () => t('review.title'),
    async render(main, params, query) {
        const status = query.get('status') ?? 'SUBMITTED';
        const country = query.get('country') ?? '';
        const age = query.get('age') ?? '';
        const statusSelect = select('filter-status', 'status', t('proposals.state'),
            [{ value: 'ALL', label: t('review.anyState') }, ...STATUSES.filter((value) => value !== 'DRAFT').map((value) => ({ value, label: statusName(value) }))],
            status);
        const countrySelect = select('filter-country', 'country', t('proposal.country'),
            [{ value: '', label: t('review.anyCountry') }, ...MEMBER_COUNTRIES.map((code) => ({ value: code, label: countryName(code) }))
                .sort((a, b) => a.label.localeCompare(b.label))], country);
        const ageSelect = select('filter-age', 'age', t('review.age'),
            AGES.map((value) => ({ value, label: value ? t('review.olderThan', { count: Number(value) }) : t('review.anyAge') })), age);
        const filters = h('form', { class: 'scm-filters', method: 'get', action: '/review' },
            statusSelect.group, countrySelect.group, ageSelect.group,
            h('button', { type: 'submit', class: 'govuk-button govuk-button--secondary' }, t('review.filter')));
        filters.addEventListener('submit', (event) => {
            event.preventDefault();
            const next = new URLSearchParams();
            next.set('status', statusSelect.input.value);
            if (countrySelect.input.value) next.set('country', countrySelect.input.value);
            if (ageSelect.input.value) next.set('age', ageSelect.input.value);
            goTo(`/review?${next}`);
        });
        const body = h('div', {});
        main.append(h('h1', { class: 'govuk-heading-l' }, t('review.title')), h('p', { class: 'govuk-body' }, t('review.intro')), filters, body);
        const search = new URLSearchParams({ size: '200' });
        if (status !== 'ALL') search.set('status', status);
        if (country) search.set('country', country);
        await loadInto(body, () => getJson(`proposals?${search}`), (page) => {
            const shown = page.items.filter((proposal) => !age || ageInDays(proposal.updatedAt) >= Number(age));
            return [
                h('p', { class: 'govuk-body', role: 'status' }, t('review.count', { count: shown.length })),
                proposalTable(shown, { caption: t('review.title') }),
            ];
        });
    },
};
