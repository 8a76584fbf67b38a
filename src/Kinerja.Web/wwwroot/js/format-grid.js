// The data form's grid (Pengumpulan/Format): spreadsheet keys, paste from Excel, live capaian from the
// server's engine (POST /api/v1/capaian/preview, as in capaian-preview.js) and autosave of changed rows
// through PUT /api/v1/format-data/{id} with their versions. Without script the page is a plain form.
(function () {
    const form = document.getElementById('format');
    if (!form || form.dataset.editable !== 'true') return;
    const formatId = form.dataset.formatId;
    const tw = Number(form.dataset.triwulan);
    const status = document.getElementById('autosave-status');
    const cells = () => Array.from(form.querySelectorAll('input.cell'));
    const dirty = new Set();
    let saveTimer, saving = false, again = false;

    // "87,5" → 87.5; "1.234,5" → 1234.5 (as NumberText on the server). Rupiah: dots group thousands.
    function parse(text, rupiah) {
        let t = (text || '').replace(/\s/g, '').replace(/^Rp/i, '');
        if (t === '') return null;
        if (rupiah) t = t.replace(/\./g, '');
        else if (t.includes(',') && t.includes('.')) t = t.replace(/\./g, '');
        t = t.replace(',', '.');
        return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
    }

    const rowOf = el => el.closest('tr.grid-row') || form.querySelector(`tr.grid-row[data-row="${el.closest('[data-detail-for]').dataset.detailFor}"]`);
    const detailOf = row => form.querySelector(`[data-detail-for="${row.dataset.row}"]`);
    const field = (row, name) => {
        const scopeEl = name === 'realisasi' ? row : detailOf(row);
        const el = scopeEl && scopeEl.querySelector(`[data-field="${name}"]`);
        return el ? el.value : null;
    };

    function say(text, cls) {
        status.textContent = text;
        status.className = 'small ' + (cls || 'text-muted');
    }

    // ---- keyboard: arrows and Enter move like a spreadsheet; Tab keeps its usual order ----
    form.addEventListener('keydown', e => {
        const el = e.target;
        if (!el.classList || !el.classList.contains('cell')) return;
        const all = cells();
        const i = all.indexOf(el);
        let next = null;
        if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) next = all[i + 1];
        else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) next = all[i - 1];
        else if (e.key === 'ArrowRight' && el.selectionStart === el.value.length) next = all[i + 1];
        else if (e.key === 'ArrowLeft' && el.selectionStart === 0 && el.selectionEnd === 0) next = all[i - 1];
        if (e.key === 'Enter') e.preventDefault();
        if (next) { e.preventDefault(); next.focus(); next.select(); }
    });

    // ---- paste: a block copied from Excel fills consecutive cells downwards (first column) ----
    form.addEventListener('paste', e => {
        const el = e.target;
        if (!el.classList || !el.classList.contains('cell')) return;
        const text = (e.clipboardData || window.clipboardData).getData('text');
        if (!/[\t\n]/.test(text.trim())) return;
        e.preventDefault();
        const lines = text.replace(/\r/g, '').replace(/\n$/, '').split('\n').map(l => l.split('\t')[0].trim());
        const all = cells();
        const start = all.indexOf(el);
        let n = 0;
        lines.forEach((v, k) => {
            const target = all[start + k];
            if (!target) return;
            target.value = v;
            changed(target);
            n++;
        });
        say(`${n} sel ditempel${lines.length > n ? ` (${lines.length - n} baris tidak muat)` : ''}.`);
    });

    // ---- live capaian: the same engine as the server, asked per row ----
    const timers = new Map();
    async function preview(row) {
        const realisasi = parse(field(row, 'realisasi'), false);
        const capaian = row.querySelector('[data-capaian]');
        const predikat = row.querySelector('[data-predikat]');
        if (Number.isNaN(realisasi)) { capaian.textContent = 'bukan angka'; predikat.innerHTML = ''; return; }
        if (row.dataset.target === '') return;
        const num = v => v === '' || v === undefined ? null : Number(v);
        const quarters = [0, 1, 2, 3].map(q => q === tw - 1
            ? { target: num(row.dataset.target), targetAtas: num(row.dataset.targetAtas), realisasi }
            : { target: 0, targetAtas: null, realisasi: null });
        const body = {
            polarity: row.dataset.polarity, negativeFormula: row.dataset.negativeFormula || null, rollUp: row.dataset.rollup,
            capaianCap: num(row.dataset.cap), decimals: num(row.dataset.decimals) ?? 2,
            periode: 'TW ' + ['I', 'II', 'III', 'IV'][tw - 1], triwulan: quarters,
        };
        const response = await fetch('/api/v1/capaian/preview', {
            method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(body),
        });
        if (!response.ok) return;
        const result = await response.json();
        // The grid shows capaian with two decimals, as the server renders the stored row.
        capaian.textContent = result.status === 'Computed' && result.value !== null
            ? result.value.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' %' : result.display;
        predikat.innerHTML = '';
        if (result.predikat) {
            const badge = document.createElement('span');
            badge.className = 'badge';
            badge.style.background = result.warna;
            badge.textContent = result.predikat;
            predikat.appendChild(badge);
        }
    }

    function changed(el) {
        const row = rowOf(el);
        if (!row) return;
        dirty.add(row.dataset.row);
        if (el.classList.contains('cell') && row.dataset.kind === 'indikator') {
            clearTimeout(timers.get(row));
            timers.set(row, setTimeout(() => preview(row), 250));
        }
        clearTimeout(saveTimer);
        saveTimer = setTimeout(save, 1200);
        say('Belum tersimpan…');
    }

    form.addEventListener('input', e => {
        if (e.target.matches('input.cell, textarea.narasi-text')) changed(e.target);
        if (e.target.id === 'Alasan' && dirty.size > 0) { clearTimeout(saveTimer); saveTimer = setTimeout(save, 1200); }
    });

    // ---- autosave: the changed rows, whole, with the versions they were based on ----
    async function save() {
        if (dirty.size === 0) return;
        if (saving) { again = true; return; }
        const keys = Array.from(dirty);
        const indikator = [], anggaran = [];
        for (const key of keys) {
            const row = form.querySelector(`tr.grid-row[data-row="${key}"]`);
            const version = Number(row.querySelector('[data-version]').value);
            const id = Number(row.dataset.id);
            const value = parse(field(row, 'realisasi'), row.dataset.kind === 'anggaran');
            if (Number.isNaN(value)) { say(`Isian baris ${row.cells[0].textContent.trim()} bukan angka (contoh: 87,5); belum disimpan.`, 'text-danger'); return; }
            if (row.dataset.kind === 'indikator')
                indikator.push({ id, version, realisasi: value, faktorPendukung: field(row, 'FaktorPendukung'), faktorPenghambat: field(row, 'FaktorPenghambat'),
                    tindakLanjut: field(row, 'TindakLanjut'), penjelasan: field(row, 'Penjelasan') });
            else anggaran.push({ id, version, realisasi: value });
        }
        const alasan = document.getElementById('Alasan');
        saving = true;
        say('Menyimpan…');
        try {
            const response = await fetch(`/api/v1/format-data/${formatId}`, {
                method: 'PUT', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
                body: JSON.stringify({ alasan: alasan ? alasan.value : null, indikator, anggaran }),
            });
            const result = await response.json().catch(() => ({}));
            if (response.status === 409) {
                say('Konflik: baris ini telah diubah orang lain sejak Anda membukanya. Isian Anda tetap di layar; muat ulang halaman untuk melihat nilai terbaru.', 'text-danger fw-semibold');
                return;
            }
            if (!response.ok) {
                const errors = result.errors ? Object.values(result.errors).flat().join(' ') : '';
                say('Belum tersimpan: ' + (errors || result.detail || response.status), 'text-danger');
                return;
            }
            keys.forEach(k => dirty.delete(k));
            refresh(result);
            const now = new Date();
            say(`Tersimpan ${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`, 'text-success');
        } catch (err) {
            say('Belum tersimpan: koneksi terputus. Isian Anda tetap di layar.', 'text-danger');
        } finally {
            saving = false;
            if (again || dirty.size > 0) { again = false; if (dirty.size > 0) { clearTimeout(saveTimer); saveTimer = setTimeout(save, 600); } }
        }
    }

    // New versions, the engine's figures and the checks of the stored form, next to their rows.
    function refresh(dto) {
        for (const r of dto.indikator || []) {
            const row = form.querySelector(`tr.grid-row[data-row="${r.baris}"]`);
            if (!row) continue;
            if (!dirty.has(r.baris)) row.querySelector('[data-version]').value = r.version;
        }
        for (const a of dto.anggaran || []) {
            const row = form.querySelector(`tr.grid-row[data-row="${a.baris}"]`);
            if (!row) continue;
            if (!dirty.has(a.baris)) row.querySelector('[data-version]').value = a.version;
            row.querySelector('[data-serapan]').textContent = a.serapan;
        }
        form.querySelectorAll('[data-issues-for]').forEach(box => box.querySelectorAll('.issue').forEach(x => x.remove()));
        form.querySelectorAll('input.cell.is-invalid').forEach(x => x.classList.remove('is-invalid'));
        let warnings = 0;
        for (const issue of dto.pemeriksaan || []) {
            const box = form.querySelector(`[data-issues-for="${issue.rowKey}"]`);
            if (!box) continue;
            const div = document.createElement('div');
            const error = issue.severity === 'Error' || issue.severity === 1;
            div.className = 'issue small ' + (error ? 'issue-error' : 'issue-warning');
            div.dataset.severity = error ? 'Error' : 'Warning';
            div.textContent = (error ? '✖ ' : '⚠ ') + issue.message;
            box.appendChild(div);
            if (!error) warnings++;
            const cell = error && /^realisasi/i.test(issue.field) && form.querySelector(`tr.grid-row[data-row="${issue.rowKey}"] input.cell`);
            if (cell && !dirty.has(issue.rowKey)) cell.classList.add('is-invalid');
        }
        const confirm = form.querySelector('[data-konfirmasi]');
        if (confirm && warnings > 0) confirm.classList.remove('d-none');
    }

    form.addEventListener('submit', () => clearTimeout(saveTimer));
})();
