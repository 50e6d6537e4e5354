// Small behaviours that must work on statically rendered pages too (no Blazor circuit there).
// Menu state lives on <body>, which Blazor never re-renders: when the circuit starts it replaces the
// prerendered header, and a state kept on the header itself would be lost.
window.dialogues = {
    scrollIntoView(id) {
        document.getElementById(id)?.scrollIntoView({ block: 'start' });
    },
    toggleMenu() {
        const open = document.body.classList.toggle('menu-open');
        dialogues.syncMenuButton();
        // The drawer takes the focus while open and gives it back to its button when it closes.
        if (open) document.querySelector('#main-nav a')?.focus();
        else document.querySelector('.menu-button')?.focus();
    },
    closeMenu() {
        if (document.body.classList.contains('menu-open')) dialogues.toggleMenu();
    },
    syncMenuButton() {
        const open = document.body.classList.contains('menu-open');
        document.querySelectorAll('.menu-button').forEach(b => {
            if (b.getAttribute('aria-expanded') !== String(open)) b.setAttribute('aria-expanded', String(open));
        });
    },
};


// Behaviours hang on data-action attributes: the Content-Security-Policy runs no inline event handlers.
document.addEventListener('click', event => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    if (action === 'toggle-menu') {
        dialogues.toggleMenu();
    } else if (action === 'reload') {
        event.preventDefault();
        location.reload();
    }
    // Close the mobile menu after following one of its links.
    if (event.target.closest('#main-nav a')) {
        document.body.classList.remove('menu-open');
        dialogues.syncMenuButton();
    }
});
document.addEventListener('keydown', event => {
    if (event.key === 'Escape') dialogues.closeMenu();
});

// Local drafts: what a person types in a text area survives a reload or a dropped connection. A draft is kept per
// page and field in this tab's session storage, with the text the field held when typing began (its base). It is
// put back only over that same base, so a colleague's newer text is never overwritten, and dropped once a submit
// went through: the field emptied, left the page, or (after a reload) shows the very text of the draft.
const drafts = {
    fields: new WeakMap(),
    pending: new Set(),
    read(key) {
        try { return JSON.parse(sessionStorage.getItem(key)); } catch { return null; }
    },
    // Called on every change of the page: a field the person has not typed in yet may just have received its text
    // from the server (an editor loads after its first render), so its base follows it until the first keystroke.
    check(area) {
        if (!area.id || area.dataset.draft === 'off') return;
        let field = drafts.fields.get(area);
        if (!field) {
            field = { key: `draft:${location.pathname}#${area.id}`, base: null, touched: false };
            drafts.fields.set(area, field);
        }
        if (field.touched || field.base === area.value) return;
        field.base = area.value;
        const saved = drafts.read(field.key);
        if (!saved) return;
        if (saved.text === area.value) {
            sessionStorage.removeItem(field.key);
        } else if (saved.base === area.value) {
            field.touched = true;
            area.value = saved.text;
            area.dispatchEvent(new Event('input', { bubbles: true }));
            area.dispatchEvent(new Event('change', { bubbles: true }));
            clientStatus.say('restored');
        }
    },
    save(area) {
        const field = drafts.fields.get(area);
        if (!field) return;
        field.touched = true;
        if (area.value === field.base) sessionStorage.removeItem(field.key);
        else sessionStorage.setItem(field.key, JSON.stringify({ text: area.value, base: field.base }));
    },
    // A command ran near these fields: if the page then empties them or moves on, their drafts were sent.
    submitted(origin) {
        const scope = origin.closest('form, .staff-action, .form-card, fieldset, section') ?? document;
        scope.querySelectorAll('textarea').forEach(area => {
            const field = drafts.fields.get(area);
            if (field) drafts.pending.add({ area, key: field.key, path: location.pathname });
        });
    },
    settle() {
        for (const entry of drafts.pending) {
            if (!entry.area.isConnected || entry.area.value === '' || location.pathname !== entry.path) {
                sessionStorage.removeItem(entry.key);
                drafts.pending.delete(entry);
            }
        }
    },
};

// One polite message line outside the Blazor-rendered page, for what the browser itself does (a restored draft, a
// text cut at its limit). Its texts come localized in data attributes.
const clientStatus = {
    say(what, ...values) {
        const region = document.getElementById('client-status');
        const template = region?.dataset[what];
        if (!template) return;
        region.textContent = values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);
        clearTimeout(clientStatus.timer);
        clientStatus.timer = setTimeout(() => { region.textContent = ''; }, 8000);
    },
};

// A field that reached its limit says so: the browser cut what was typed or pasted beyond it.
document.addEventListener('input', event => {
    const field = event.target;
    if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
    if (field.maxLength > 0 && field.value.length >= field.maxLength && event.isTrusted) {
        clientStatus.say('limit', new Intl.NumberFormat(document.documentElement.lang).format(field.maxLength));
    }
    if (field instanceof HTMLTextAreaElement) drafts.save(field);
});
document.addEventListener('submit', event => drafts.submitted(event.target), true);
document.addEventListener('click', event => {
    const button = event.target.closest('button');
    if (button && (button.type === 'submit' || button.classList.contains('mud-button') || button.classList.contains('button-primary') || button.classList.contains('button-secondary'))) {
        drafts.submitted(button);
    }
}, true);

function attachDrafts() {
    // Only on the live page: a value put into the prerendered page would be lost when the circuit takes over.
    document.querySelectorAll('.app[data-interactive="true"] textarea').forEach(drafts.check);
    drafts.settle();
}
// One watcher of the page for everything that must follow Blazor's renders: the menu button's state and drafts.
new MutationObserver(() => {
    dialogues.syncMenuButton();
    attachDrafts();
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-interactive'] });
