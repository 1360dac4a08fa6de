import { h } from '../dom.js';
import { t, formatDateTime, countryName } from '../i18n.js';
import { get, getJson, segment } from '../api.js';
import { loadInto } from '../components/loading.js';
import { statusTag, PROFILE_PROPERTY, OPEN_STATUSES } from '../domain/proposals.js';
import { proposalItems } from '../components/proposal-items.js';
import { proposalTimeline } from '../components/proposal-timeline.js';
import { commentThread } from '../components/comment-thread.js';
import { countryActions, itemControls } from '../components/country-actions.js';
import { reviewPanel, decisionControls } from '../components/review-panel.js';
import { revertAction } from '../components/revert-action.js';
import { session } from '../domain/session.js';
import { row } from './cell-page.js';

/**
 * One proposal: its items as before / after, conflicts, the steps so far, the thread, and only
 * the actions the viewer may take now (the API lists them in allowedActions).
 */
export default {
    title: (params) => t('proposal.pageTitle', { id: params.id }),
    async render(main, { id }) {
        const body = h('div', {});
        main.append(body);
        const state = { conflicts: new Map() };

        const reload = async ({ keepConflicts = false } = {}) => {
            if (!keepConflicts) {
                state.conflicts = new Map();
            }
            await loadInto(body, () => loadProposal(id), (loaded) => {
                Object.assign(state, loaded);
                document.title = `${loaded.proposal.title} — ${t('appName')}`;
                return view(state, reload);
            });
        };
        await reload();
    },
};

async function loadProposal(id) {
    const [answer, organizations, matrix] = await Promise.all([get(`proposals/${segment(id)}`), getJson('organizations'), getJson('matrix')]);
    const proposal = answer.data;
    const current = new Map();
    const profiles = new Map();
    for (const item of proposal.items) {
        if (item.kind === 'CELL_LEVEL') {
            const cell = matrix.cells.find((entry) => entry.organization === item.organization && entry.theme === item.theme);
            current.set(item.id, cell?.level ?? 'NONE');
        } else if (item.kind === 'ORGANIZATION_FIELD' && PROFILE_PROPERTY[item.field]) {
            if (!profiles.has(item.organization)) {
                profiles.set(item.organization, await getJson(`organizations/${segment(item.organization)}`).catch(() => null));
            }
            const profile = profiles.get(item.organization);
            if (profile) {
                current.set(item.id, profile[PROFILE_PROPERTY[item.field]] ?? '');
            }
        }
    }
    return {
        proposal, etag: answer.etag, organizations, themes: matrix.themes, current,
        names: new Map(organizations.map((organization) => [organization.code, organization.name])),
    };
}

function view(state, reload) {
    const { proposal } = state;
    const allowed = new Set(proposal.allowedActions);
    const decisions = allowed.has('approve') ? new Map() : null;
    const finished = ['APPROVED', 'PARTIALLY_APPROVED', 'REJECTED'].includes(proposal.status);
    const mine = session()?.country === proposal.country;
    return [
        h('a', { class: 'govuk-back-link', href: mine ? '/proposals' : '/review' }, mine ? t('proposals.back') : t('review.back')),
        h('span', { class: 'govuk-caption-l' }, t('proposal.caption', { id: proposal.id, country: countryName(proposal.country) })),
        h('h1', { class: 'govuk-heading-l' }, proposal.title, ' ', statusTag(proposal.status)),
        h('dl', { class: 'govuk-summary-list' },
            row(t('proposal.country'), countryName(proposal.country)),
            row(t('proposal.created'), `${formatDateTime(proposal.createdAt)} · ${proposal.createdBy}`),
            row(t('proposal.updated'), `${formatDateTime(proposal.updatedAt)} · ${proposal.updatedBy}`),
            row(t('proposal.rationale'), h('span', { class: 'scm-pre' }, proposal.rationale || '—'))),
        h('h2', { class: 'govuk-heading-m' }, t('proposal.items', { count: proposal.items.length })),
        finished ? h('p', { class: 'govuk-body' }, t(`proposal.outcome.${proposal.status}`)) : null,
        proposalItems(proposal, {
            // once decided, an applied change is the current value: no conflict to show
            names: state.names, themes: state.themes, current: OPEN_STATUSES.includes(proposal.status) ? state.current : new Map(),
            conflicts: state.conflicts,
            controls: (item, { stale }) => [
                allowed.has('edit') ? itemControls(state, item, { stale, reload }) : null,
                decisions ? decisionControls(item, decisions) : null,
            ],
        }),
        allowed.has('edit') || allowed.has('submit') || allowed.has('withdraw') ? countryActions(state, allowed, reload) : null,
        decisions ? reviewPanel(state, allowed, decisions, reload) : null,
        !decisions && (allowed.has('request-changes') || allowed.has('reject')) ? reviewPanel(state, allowed, new Map(), reload) : null,
        revertAction(proposal),
        proposalTimeline(proposal.transitions),
        commentThread(proposal.id, { mayComment: allowed.has('comment') }),
    ];
}

