// Small behaviours that used to be inline handlers (onsubmit/onchange/onclick). The Content-Security-Policy
// allows scripts from this site only, never inline ones (docs/security.md), so they live here.
document.addEventListener('submit', e => {
    const message = e.target.dataset && e.target.dataset.confirm;
    if (message && !window.confirm(message)) e.preventDefault();
});
document.addEventListener('change', e => {
    if (e.target.matches && e.target.matches('[data-autosubmit]') && e.target.form) e.target.form.submit();
});
document.addEventListener('click', e => {
    if (e.target.closest && e.target.closest('[data-print]')) window.print();
});
