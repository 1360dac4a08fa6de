import { t } from '../i18n.js';

/**
 * API problems as plain sentences in the user's language. The server writes its details in
 * English for developers; here they become the user's words, by status and, for invalid input,
 * by the field and the kind of mistake.
 */
export function problemSentence(problem) {
    switch (problem.status) {
        case 0: return t('problem.network');
        case 401: return t('problem.signedOut');
        case 403: return t('problem.forbidden');
        case 404: return t('problem.notFound');
        case 409: return problem.problem?.conflicts ? t('problem.conflicts') : t('problem.state');
        case 412: return t('problem.stale');
        case 428: return t('problem.stale');
        case 400: return problem.fields.length ? t('problem.checkFields') : t('problem.invalid');
        default: return t('problem.server');
    }
}

/** A field's problem as a sentence; `message` is the server's English message for it. */
export function fieldSentence(field, message = '') {
    const tooLong = /at most (\d+) characters/.exec(message);
    if (tooLong) {
        return t('field.tooLong', { max: Number(tooLong[1]).toLocaleString() });
    }
    if (/at most \d+ sources/.test(message)) {
        return t('field.tooManySources');
    }
    if (field === 'sources' || /needs at least one source/.test(message)) {
        return t('field.sourcesRequired');
    }
    if (/http or https/.test(message)) {
        return t('field.url');
    }
    if (/citation or a URL/.test(message)) {
        return t('field.sourceEmpty');
    }
    if (/at least one item/.test(message)) {
        return t('field.itemsRequired');
    }
    if (/every item is rejected/.test(message)) {
        return t('field.allRejected');
    }
    if (/reason/.test(message)) {
        return t('field.reasonRequired');
    }
    if (field === 'level') {
        return t('field.level');
    }
    if (/required|needs a name/.test(message)) {
        return t('field.required');
    }
    return t('field.invalid');
}
