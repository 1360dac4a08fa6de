import { h } from '../dom.js';
import { t } from '../i18n.js';
import { LEVELS, levelLabel, symbolOf } from '../domain/levels.js';
import { fieldName, decisionTag } from '../domain/proposals.js';
import { wordDiff, textChanged } from './word-diff.js';

/**
 * A proposal's items as before / after. `current` maps an item id to the target's value now; an
 * item whose base differs from it is marked as a conflict (someone else's change landed first).
 * `controls(item)` adds what the viewer may do with the item (edit, rebase, decide).
 */
export function proposalItems(proposal, { names, themes, current, conflicts = new Map(), controls = () => null }) {
    if (!proposal.items.length) {
        return h('p', { class: 'govuk-body' }, t('proposal.noItems'));
    }
    return h('ol', { class: 'scm-items' }, proposal.items.map((item, index) => {
        const now = current.get(item.id);
        const conflict = conflicts.get(item.id);
        const stale = conflict || (now !== undefined && now !== null && item.baseValue !== null && now !== item.baseValue);
        return h('li', { class: ['scm-item', stale && 'scm-item--conflict'], id: `item-${item.id}`, dataset: { item: item.id } },
            h('h3', { class: 'govuk-heading-s scm-item__heading' },
                h('span', { class: 'scm-item__number' }, t('item.number', { number: index + 1 })), ' ',
                targetName(item, names, themes), ' ', item.decision && item.decision !== 'PENDING' ? decisionTag(item.decision) : null),
            item.decisionReason ? h('p', { class: 'govuk-body scm-item__decision-reason' },
                h('strong', {}, `${t('item.decisionReason')}: `), item.decisionReason) : null,
            stale ? conflictNote(item, now, conflict) : null,
            item.kind === 'CELL_LEVEL' ? cellChange(item) : textChange(item),
            h('dl', { class: 'govuk-summary-list govuk-summary-list--no-border scm-item__evidence' },
                h('div', { class: 'govuk-summary-list__row' },
                    h('dt', { class: 'govuk-summary-list__key' }, t('item.justification')),
                    h('dd', { class: 'govuk-summary-list__value' }, item.justification ?? '')),
                h('div', { class: 'govuk-summary-list__row' },
                    h('dt', { class: 'govuk-summary-list__key' }, t('source.heading')),
                    h('dd', { class: 'govuk-summary-list__value' }, sourcesList(item.sources)))),
            controls(item, { stale }));
    }));
}

export function targetName(item, names, themes) {
    const organization = names.get(item.organization) ?? item.organization;
    if (item.kind === 'CELL_LEVEL') {
        const theme = themes.find((entry) => entry.number === item.theme);
        return t('item.cellTarget', { organization, theme: theme ? `${theme.number}. ${theme.title}` : item.theme });
    }
    if (item.kind === 'ORGANIZATION_FIELD') {
        return t('item.textTarget', { field: fieldName(item.field), organization });
    }
    return t(`item.kind.${item.kind}`);
}

const levelText = (value) => (LEVELS.includes(value) ? levelLabel(value) : value || levelLabel('NONE'));
const chip = (level) => h('span', { class: ['scm-level-chip', `scm-level--${(LEVELS.includes(level) ? level : 'NONE').toLowerCase()}`], 'aria-hidden': 'true' },
    symbolOf(level));

function cellChange(item) {
    return h('div', { class: 'scm-before-after' },
        h('div', { class: 'scm-before' }, h('h4', { class: 'govuk-heading-s' }, t('item.before')), chip(item.baseValue), ' ', levelText(item.baseValue)),
        h('div', { class: 'scm-arrow', 'aria-hidden': 'true' }, '→'),
        h('div', { class: 'scm-after' }, h('h4', { class: 'govuk-heading-s' }, t('item.after')), chip(item.level), ' ', levelText(item.level),
            item.note ? h('p', { class: 'govuk-body-s' }, `${t('item.note')}: ${item.note}`) : null));
}

function textChange(item) {
    return h('div', { class: 'scm-text-change' },
        h('h4', { class: 'govuk-heading-s' }, t('item.changes')),
        textChanged(item.baseValue, item.text) ? wordDiff(item.baseValue, item.text) : h('p', { class: 'govuk-body' }, t('item.noTextChange')),
        h('details', { class: 'govuk-details' },
            h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, t('item.showFullTexts'))),
            h('div', { class: 'govuk-details__text' },
                h('h5', { class: 'govuk-heading-s' }, t('item.before')), h('p', { class: 'govuk-body scm-pre' }, item.baseValue ?? ''),
                h('h5', { class: 'govuk-heading-s' }, t('item.after')), h('p', { class: 'govuk-body scm-pre' }, item.text ?? ''))));
}

function conflictNote(item, now, conflict) {
    const value = conflict?.current ?? now;
    return h('div', { class: 'govuk-warning-text scm-conflict' },
        h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
        h('div', { class: 'govuk-warning-text__text' },
            h('span', { class: 'govuk-visually-hidden' }, `${t('conflict.label')}: `),
            h('strong', {}, t('conflict.title')), ' ',
            item.kind === 'CELL_LEVEL'
                ? t('conflict.cellNow', { level: levelText(value) })
                : t('conflict.textNow'),
            conflict?.changedInRevision ? h('span', {}, ' ', t('conflict.revision', { revision: conflict.changedInRevision })) : null,
            conflict?.changedByProposal ? h('span', {}, ' ',
                h('a', { class: 'govuk-link', href: `/proposals/${conflict.changedByProposal}` },
                    t('conflict.byProposal', { id: conflict.changedByProposal }))) : null,
            item.kind !== 'CELL_LEVEL' && value !== undefined && value !== null
                ? h('details', { class: 'govuk-details scm-conflict__details' },
                    h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, t('conflict.showCurrent'))),
                    h('div', { class: 'govuk-details__text' }, wordDiff(item.baseValue, value)))
                : null));
}

function sourcesList(sources) {
    if (!sources?.length) {
        return t('source.none');
    }
    return h('ul', { class: 'govuk-list' }, sources.map((source) => h('li', {},
        source.citation ?? '',
        source.citation && source.url ? ' — ' : '',
        source.url ? h('a', { class: 'govuk-link', href: source.url, rel: 'noopener noreferrer', target: '_blank' },
            source.url, h('span', { class: 'govuk-visually-hidden' }, ` (${t('opensInNewTab')})`)) : null)));
}
