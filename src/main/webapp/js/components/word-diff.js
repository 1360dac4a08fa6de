import { diffWords } from '/webjars/diff/5.1.0/lib/index.mjs';
import { h } from '../dom.js';
import { t } from '../i18n.js';

/**
 * A word-level diff of two texts (jsdiff, from its WebJar): removed words struck through,
 * added words underlined, each also announced to screen readers as removed / added.
 */
export function wordDiff(before, after) {
    const parts = diffWords(before ?? '', after ?? '');
    return h('p', { class: 'govuk-body scm-diff' }, parts.map((part) => {
        if (part.added) {
            return h('ins', { class: 'scm-diff__added' }, h('span', { class: 'govuk-visually-hidden' }, `[${t('diff.added')}] `), part.value);
        }
        if (part.removed) {
            return h('del', { class: 'scm-diff__removed' }, h('span', { class: 'govuk-visually-hidden' }, `[${t('diff.removed')}] `), part.value);
        }
        return part.value;
    }));
}

/** True when the two texts differ (whitespace at the ends aside). */
export const textChanged = (before, after) => (before ?? '').trim() !== (after ?? '').trim();
