// Live capaian preview in the indicator editor: asks the same engine the server uses
// (POST /api/v1/capaian/preview) whenever a setting or an example figure changes.
// Without script, the "Hitung" button posts the form and the server renders the same result.
(function () {
    const form = document.getElementById('indikator-form');
    if (!form) return;
    const value = name => form.elements[name] ? form.elements[name].value.trim() : '';
    const number = name => { const v = value(name).replace(',', '.'); return v === '' ? null : Number(v); };
    const display = document.getElementById('preview-display');
    const predikat = document.getElementById('preview-predikat');
    const reason = document.getElementById('preview-reason');
    let timer;

    async function update() {
        if (number('ContohTarget') === null) return;
        const body = {
            polarity: value('Input.Polarity'), negativeFormula: value('Input.NegativeFormula') || null,
            rollUp: value('Input.RollUp'), decimals: number('Input.Decimals') ?? 2, capaianCap: number('Input.CapaianCap'),
            negativeResult: value('Input.NegativeResult') || 'Keep',
            target: number('ContohTarget'), realisasi: number('ContohRealisasi'),
        };
        const response = await fetch('/api/v1/capaian/preview', {
            method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(body),
        });
        const result = await response.json();
        if (!response.ok) {
            display.textContent = '';
            predikat.textContent = '';
            reason.textContent = result.detail || '';
            return;
        }
        display.textContent = result.display;
        predikat.innerHTML = '';
        if (result.predikat) {
            const badge = document.createElement('span');
            badge.className = 'badge';
            badge.style.background = result.warna;
            badge.textContent = result.predikat;
            predikat.appendChild(badge);
        }
        reason.textContent = result.alasan || '';
    }

    form.querySelectorAll('[data-preview]').forEach(el => el.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(update, 200);
    }));
})();
