/**
 * Keyboard movement in a grid (WAI-ARIA grid pattern): one tab stop; arrow keys move between
 * cells, Home/End to the row's ends, Ctrl+Home/End to the grid's corners, Page Up/Down by five
 * rows; Enter or Space activates. `rows()` gives the focusable elements row by row.
 */
export function gridNavigation(container, { rows, activate }) {
    let position = { row: 1, column: 0 };
    const grid = () => rows();
    const at = ({ row, column }) => grid()[row]?.[column];

    const moveTo = (next, { focus = true } = {}) => {
        const all = grid();
        const row = Math.max(0, Math.min(all.length - 1, next.row));
        const column = Math.max(0, Math.min(all[row].length - 1, next.column));
        at(position)?.setAttribute('tabindex', '-1');
        position = { row, column };
        const target = at(position);
        target.setAttribute('tabindex', '0');
        if (focus) {
            target.focus();
        }
    };

    // the whole grid is one tab stop: all others out of the tab order, the first body cell in it
    queueMicrotask(() => {
        grid().flat().forEach((element) => element.setAttribute('tabindex', '-1'));
        moveTo(position, { focus: false });
    });

    container.addEventListener('focusin', (event) => {
        const all = grid();
        for (let row = 0; row < all.length; row++) {
            const column = all[row].indexOf(event.target);
            if (column >= 0) {
                moveTo({ row, column }, { focus: false });
                return;
            }
        }
    });

    container.addEventListener('keydown', (event) => {
        const { row, column } = position;
        const last = grid().length - 1;
        const moves = {
            ArrowRight: { row, column: column + 1 },
            ArrowLeft: { row, column: column - 1 },
            ArrowDown: { row: row + 1, column },
            ArrowUp: { row: row - 1, column },
            PageDown: { row: row + 5, column },
            PageUp: { row: Math.max(1, row - 5), column },
            Home: event.ctrlKey ? { row: 1, column: 0 } : { row, column: 0 },
            End: event.ctrlKey ? { row: last, column: Infinity } : { row, column: Infinity },
        };
        if (moves[event.key]) {
            event.preventDefault();
            moveTo(moves[event.key]);
        } else if ((event.key === 'Enter' || event.key === ' ') && row > 0) {
            event.preventDefault();
            activate(at(position));
        }
    });
}
