// Small behaviours that must work on statically rendered pages too (no Blazor circuit there).
// Menu state lives on <body>, which Blazor never re-renders: when the circuit starts it replaces the
// prerendered header, and a state kept on the header itself would be lost.
window.dialogues = {
    scrollIntoView(id) {
        document.getElementById(id)?.scrollIntoView({ block: 'start' });
    },
    toggleMenu() {
        document.body.classList.toggle('menu-open');
        dialogues.syncMenuButton();
    },
    syncMenuButton() {
        const open = document.body.classList.contains('menu-open');
        document.querySelectorAll('.menu-button').forEach(b => {
            if (b.getAttribute('aria-expanded') !== String(open)) b.setAttribute('aria-expanded', String(open));
        });
    },
};

new MutationObserver(() => dialogues.syncMenuButton()).observe(document.body, { childList: true, subtree: true });

// Close the mobile menu after following one of its links.
document.addEventListener('click', event => {
    if (event.target.closest('#main-nav a')) {
        document.body.classList.remove('menu-open');
        dialogues.syncMenuButton();
    }
});
