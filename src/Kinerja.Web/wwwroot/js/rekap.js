// The recap page (/Rekap): sortable tables and charts, added over plain server-rendered tables, so the page works
// without script. Sorting keeps the grouping: rows are sorted inside their own <tbody>, group heading rows stay on top.
(function () {
    'use strict';

    function sortValue(cell) {
        const raw = cell.dataset.sort;
        if (raw !== undefined) return raw === '' ? null : Number(raw);
        return cell.textContent.trim().toLocaleLowerCase('id');
    }

    function compare(a, b, ascending) {
        if (a === b) return 0;
        if (a === null) return 1;                      // empty ("belum ada data") always last
        if (b === null) return -1;
        const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'id', { numeric: true });
        return ascending ? order : -order;
    }

    function makeSortable(table) {
        const header = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
        if (!header) return;
        // The column index of each header cell in the body (the last header row may sit under colspans).
        const cells = Array.from(header.cells);
        cells.forEach(function (th) {
            const column = columnOf(table, th);
            if (column < 0) return;
            th.classList.add('sortable');
            th.tabIndex = 0;
            th.setAttribute('aria-sort', 'none');
            const run = function () {
                const ascending = th.getAttribute('aria-sort') !== 'ascending';
                table.querySelectorAll('th[aria-sort]').forEach(x => x.setAttribute('aria-sort', 'none'));
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                Array.from(table.tBodies).forEach(function (body) {
                    const rows = Array.from(body.rows);
                    const groups = rows.filter(r => r.classList.contains('group') && r === rows[0]);
                    const rest = rows.filter(r => groups.indexOf(r) < 0);
                    rest.sort((a, b) => compare(valueAt(a, column), valueAt(b, column), ascending));
                    groups.concat(rest).forEach(r => body.appendChild(r));
                });
            };
            th.addEventListener('click', run);
            th.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); run(); } });
        });
    }

    // Header cells of the last header row map to body columns after the rowspan cells of the rows above.
    function columnOf(table, th) {
        const grid = [];
        Array.from(table.tHead.rows).forEach(function (row, r) {
            grid[r] = grid[r] || [];
            let c = 0;
            Array.from(row.cells).forEach(function (cell) {
                while (grid[r][c]) c++;
                for (let dr = 0; dr < cell.rowSpan; dr++)
                    for (let dc = 0; dc < cell.colSpan; dc++) {
                        grid[r + dr] = grid[r + dr] || [];
                        grid[r + dr][c + dc] = cell;
                    }
                c += cell.colSpan;
            });
        });
        const last = grid[table.tHead.rows.length - 1] || [];
        const index = last.indexOf(th);
        return th.colSpan === 1 ? index : -1;
    }

    function valueAt(row, column) {
        let c = 0;
        for (const cell of row.cells) {
            if (c === column) return sortValue(cell);
            c += cell.colSpan;
        }
        return null;
    }

    function chart(canvas) {
        if (!window.Chart) return;
        const spec = JSON.parse(canvas.dataset.chart);
        const percent = { callback: v => v.toLocaleString('id-ID') + ' %' };
        const number = { callback: v => v.toLocaleString('id-ID') };
        if (spec.type === 'bar') {
            return new Chart(canvas, {
                type: 'bar',
                data: { labels: spec.labels, datasets: [{ label: spec.label, data: spec.values, backgroundColor: spec.colours }] },
                options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: percent } } },
            });
        }
        if (spec.type === 'budget') {
            return new Chart(canvas, {
                type: 'bar',
                data: { labels: spec.labels, datasets: [
                    { label: spec.pagu, data: spec.a, backgroundColor: '#b7c9d3' },
                    { label: spec.realisasi, data: spec.b, backgroundColor: '#0b5d75' }] },
                options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: number } } },
            });
        }
        // The chosen indicator, not the object's first key: numeric keys iterate in numeric order, not the list's.
        const select = document.querySelector('[data-chart-select="' + canvas.id + '"]');
        const first = select ? select.value : Object.keys(spec.series)[0];
        const c = new Chart(canvas, {
            type: 'bar',
            data: { labels: spec.labels, datasets: [
                { label: spec.target, data: spec.series[first].t, backgroundColor: '#b7c9d3' },
                { label: spec.realisasi, data: spec.series[first].r, backgroundColor: '#0b5d75' }] },
            options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: number } } },
        });
        if (select) select.addEventListener('change', function () {
            const s = spec.series[select.value];
            c.data.datasets[0].data = s.t;
            c.data.datasets[1].data = s.r;
            c.update();
        });
        return c;
    }

    document.querySelectorAll('table[data-sortable]').forEach(makeSortable);
    document.querySelectorAll('canvas[data-chart]').forEach(chart);
})();
