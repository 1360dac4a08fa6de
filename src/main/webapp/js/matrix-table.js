import { getJson } from './api.js';

/** The involvement matrix as the annex prints it: themes down, organizations across, '' / x / xx. */
class MatrixTable extends HTMLElement {
    async connectedCallback() {
        this.textContent = 'Loading the matrix…';
        try {
            this.render(await getJson('matrix'));
        } catch (error) {
            this.textContent = `Could not load the matrix: ${error.message}`;
        }
    }

    render(matrix) {
        const level = new Map(matrix.cells.map((cell) => [`${cell.organization}|${cell.theme}`, cell.symbol]));
        const table = document.createElement('table');
        table.className = 'matrix';
        const head = table.createTHead().insertRow();
        head.append(cellOf('th', 'Issue / Tema'));
        for (const column of matrix.columns) {
            const th = cellOf('th', column.label);
            th.title = column.organization;
            th.dataset.organization = column.organization;
            head.append(th);
        }
        head.append(cellOf('th', 'x / xx'));
        const body = table.createTBody();
        for (const theme of matrix.themes) {
            const row = body.insertRow();
            row.dataset.theme = theme.number;
            row.append(cellOf('th', `${theme.number}. ${theme.title}`));
            for (const column of matrix.columns) {
                const symbol = level.get(`${column.organization}|${theme.number}`) ?? '';
                const td = cellOf('td', symbol);
                td.className = symbol === 'xx' ? 'strong' : symbol === 'x' ? 'involved' : '';
                td.dataset.organization = column.organization;
                row.append(td);
            }
            row.append(cellOf('td', `${theme.counts.involved} / ${theme.counts.strong}`));
        }
        const totals = table.createTFoot().insertRow();
        totals.append(cellOf('th', 'x / xx'));
        for (const column of matrix.columns) {
            totals.append(cellOf('td', `${column.counts.involved}/${column.counts.strong}`));
        }
        totals.append(cellOf('td', `${matrix.totals.involved} / ${matrix.totals.strong}`));
        this.replaceChildren(table);
    }
}

function cellOf(tag, text) {
    const cell = document.createElement(tag);
    cell.textContent = text;
    return cell;
}

customElements.define('scm-matrix-table', MatrixTable);
