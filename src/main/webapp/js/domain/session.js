import { getJson } from '../api.js';

/** The signed-in user (GET /api/me) and what their roles let them do in the UI. */
let me = null;

export async function loadSession() {
    me = await getJson('me');
    return me;
}

export const session = () => me;
export const isFocalPoint = () => Boolean(me?.roles.includes('focal-point') && me.country);
export const isSecretariat = () => Boolean(me?.roles.includes('secretariat'));
/** Proposals are seen by their country's focal points and, once submitted, by the secretariat. */
export const seesProposals = () => isFocalPoint() || isSecretariat();
