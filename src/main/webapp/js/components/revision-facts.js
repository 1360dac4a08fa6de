import { h } from '../dom.js';
import { t, formatDateTime, countryName } from '../i18n.js';

/**
 * How history, comparisons and the audit log show a revision's facts (history.RevisionFacts):
 * when (the user's time zone, UTC on hover), what was done, who proposed it for which country,
 * who approved it, and a profile field's change as the API's word diff.
 */

/** 2026-11-28 17:05 UTC */
export function utcText(iso) {
    if (!iso) {
        return '';
    }
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso) : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A moment in the user's locale and time zone; the exact UTC time on hover. */
export function momentElement(iso) {
    return h('time', { datetime: iso, title: utcText(iso) }, formatDateTime(iso));
}

/** An edition's date (a calendar date, no time zone): 16/10/2014, 16 Oct 2014. */
export function calendarDate(date, format) {
    // noon UTC is the same calendar day in every time zone of the member countries
    return date ? format(`${date}T12:00:00Z`) : '';
}

/** The revision's action in the user's words ("proposal approved" → "Propuesta aprobada"); unknown ones as written. */
export function actionName(action) {
    if (!action) {
        return '';
    }
    const key = `revisionAction.${action.replace(/[^a-z0-9]+/gi, '_')}`;
    const text = t(key);
    return text === key ? action : text;
}

/** The actions the audit log can be filtered by, as the server records them. */
export const REVISION_ACTIONS = ['proposal approved', 'edition 2014 import', 'edition opened', 'edition frozen', 'edition published',
    'proposal created', 'proposal edited', 'proposal item added', 'proposal item replaced', 'proposal item removed',
    'proposal item rebased', 'proposal submit', 'proposal withdraw', 'proposal request-changes', 'proposal reject',
    'proposal revert prepared', 'proposal imported', 'comment added', 'comment corrected'];

/** "Perú (fp-pe)"; the 2014 import and edition steps have no proposing country. */
export function proposedBy(facts) {
    if (facts.proposingCountry) {
        return `${countryName(facts.proposingCountry)}${facts.proposer ? ` (${facts.proposer})` : ''}`;
    }
    return facts.actor === 'system' ? t('history.byImport') : `${facts.actor ?? ''}${facts.actorCountry ? ` (${countryName(facts.actorCountry)})` : ''}`;
}

export function proposalLink(id) {
    return id ? h('a', { class: 'govuk-link', href: `/proposals/${id}` }, t('history.proposalLink', { id })) : null;
}

/** The words for a profile field as the history API names it (name, mandate, migrationInvolvement, …). */
export const profileFieldName = (field) => {
    const text = t(`profileField.${field}`);
    return text === `profileField.${field}` ? field : text;
};

/** A text's change as the API's diff: [{op: EQUAL|DELETE|INSERT, text}]. */
export function segmentsDiff(diff) {
    return h('p', { class: 'govuk-body scm-diff' }, (diff ?? []).map((segment) => {
        if (segment.op === 'INSERT') {
            return h('ins', { class: 'scm-diff__added' }, h('span', { class: 'govuk-visually-hidden' }, `[${t('diff.added')}] `), segment.text);
        }
        if (segment.op === 'DELETE') {
            return h('del', { class: 'scm-diff__removed' }, h('span', { class: 'govuk-visually-hidden' }, `[${t('diff.removed')}] `), segment.text);
        }
        return segment.text;
    }));
}

/** One field's change: the word diff for texts present on both sides, else before → after. */
export function fieldChange(change, heading = 'h4') {
    const value = (text) => (text === null || text === undefined || text === ''
        ? h('span', { class: 'scm-hint' }, t('history.empty')) : h('span', { class: 'scm-pre' }, text));
    return h('div', { class: 'scm-field-change' },
        h(heading, { class: 'govuk-heading-s' }, profileFieldName(change.field)),
        change.diff ? segmentsDiff(change.diff)
            : h('p', { class: 'govuk-body' },
                h('span', { class: 'govuk-visually-hidden' }, `${t('item.before')}: `), value(change.from),
                h('span', { 'aria-hidden': 'true' }, ' → '),
                h('span', { class: 'govuk-visually-hidden' }, `; ${t('history.after')}: `), value(change.to)));
}
