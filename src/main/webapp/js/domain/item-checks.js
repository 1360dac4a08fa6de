/**
 * What the UI checks before sending an item, in the API's field names so that the messages land
 * next to the same fields as the server's: a justification and at least one source for every
 * item, a level for a cell change.
 */
export function checkItem(item) {
    const problems = [];
    if (item.kind === 'CELL_LEVEL' && !item.level) {
        problems.push({ field: 'level', message: 'one of NONE, INVOLVED, STRONG is required' });
    }
    if (!item.justification?.trim()) {
        problems.push({ field: 'justification', message: 'a justification is required' });
    }
    if (!item.sources.length) {
        problems.push({ field: 'sources', message: 'needs at least one source' });
    }
    return problems;
}
