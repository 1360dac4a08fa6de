import { getJson } from '../api.js';
import { seesProposals } from './session.js';

/**
 * Which cells have open proposals the user may see: "CODE|theme" → count. The matrix answer does
 * not say it, so this reads the open proposals (few at a time) and their items.
 */
export async function openProposalsByCell() {
    const byCell = new Map();
    if (!seesProposals()) {
        return byCell;
    }
    const page = await getJson('proposals?open=true&size=100');
    const proposals = await Promise.all(page.items.map((summary) => getJson(`proposals/${summary.id}`)));
    for (const proposal of proposals) {
        const cells = new Set(proposal.items.filter((item) => item.kind === 'CELL_LEVEL')
            .map((item) => `${item.organization}|${item.theme}`));
        cells.forEach((key) => byCell.set(key, (byCell.get(key) ?? 0) + 1));
    }
    return byCell;
}
