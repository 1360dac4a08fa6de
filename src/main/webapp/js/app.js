import { h, focus, replace } from './dom.js';
import { t, LANGUAGES, language, setLanguage, applyToDocument, onLanguageChange, countryName } from './i18n.js';
import { loadSession, session, isFocalPoint, isSecretariat } from './domain/session.js';
import { match } from './routes.js';
import { failure } from './components/loading.js';
import { getJson } from './api.js';

/**
 * The app shell: navigation, language switch, the signed-in user, and the router that shows the
 * page for the address (real paths; links inside the app do not reload the page).
 */
const main = document.getElementById('main');
let firstPage = true;

function navigationEntries() {
    const entries = [
        { href: '/matrix', label: t('nav.matrix'), section: /^\/(matrix)?($|\/)/ },
        { href: '/organizations', label: t('nav.organizations'), section: /^\/organizations/ },
    ];
    if (isFocalPoint()) {
        entries.push({ href: '/proposals', label: t('nav.myProposals'), section: /^\/proposals/ });
    }
    if (isSecretariat()) {
        entries.push({ href: '/review', label: t('nav.review'), section: /^\/review|^\/proposals/ });
    }
    entries.push({ href: '/editions', label: t('nav.editions'), section: /^\/editions/ });
    entries.push({ href: '/compare', label: t('nav.compare'), section: /^\/compare/ });
    // everyone signed in reads the audit log; the server shows each role only what it may see
    entries.push({ href: '/audit', label: t('nav.audit'), section: /^\/audit/ });
    return entries;
}

function renderShell() {
    applyToDocument();
    document.getElementById('skip-link').textContent = t('skipToContent');
    document.getElementById('app-name').textContent = t('appName');
    document.getElementById('navigation').setAttribute('aria-label', t('nav.label'));
    const path = window.location.pathname;
    document.getElementById('navigation-list').replaceChildren(...navigationEntries().map((entry) => {
        const current = entry.section.test(path);
        return h('li', { class: ['scm-nav__item', current && 'scm-nav__item--current'] },
            h('a', { class: 'scm-nav__link', href: entry.href, 'aria-current': current ? 'page' : null }, entry.label));
    }));
    const languages = document.getElementById('languages');
    languages.setAttribute('aria-label', t('language'));
    languages.replaceChildren(...LANGUAGES.map((entry) => h('button', {
        type: 'button', class: 'scm-languages__choice', lang: entry.htmlLang, 'aria-pressed': String(entry.code === language()),
        onclick: () => setLanguage(entry.code),
    }, entry.name)));
    renderUser();
    document.getElementById('footer').replaceChildren(h('p', { class: 'govuk-body-s' }, t('footer')));
}

function renderUser() {
    const me = session();
    const box = document.getElementById('user');
    if (!me) {
        box.replaceChildren();
        return;
    }
    const role = me.roles.map((name) => t(`role.${name}`)).join(', ');
    box.replaceChildren(
        h('span', { class: 'scm-user__name', id: 'signed-in-user' },
            t('signedInAs', { name: me.displayName, username: me.username })),
        h('span', { class: 'scm-user__role' }, me.country ? `${role} · ${countryName(me.country)}` : role),
        notificationsLink(),
        h('a', { class: 'scm-user__signout', href: '/logout', 'data-reload': true }, t('signOut')));
    refreshUnread();
}

/** The link to the notifications, with the number unread (said in words to screen readers). */
function notificationsLink() {
    const current = window.location.pathname === '/notifications';
    return h('a', {
        class: 'scm-user__notifications', href: '/notifications', id: 'notifications-link',
        'aria-current': current ? 'page' : null,
    }, t('nav.notifications'));
}

async function refreshUnread() {
    const link = document.getElementById('notifications-link');
    if (!link) {
        return;
    }
    try {
        const { unread } = await getJson('notifications/unread-count');
        replace(link, t('nav.notifications'), unread > 0
            ? h('span', { class: 'scm-badge', 'aria-hidden': 'true' }, String(unread)) : null);
        link.setAttribute('aria-label', t('nav.notificationsUnread', { count: unread }));
    } catch (ignored) {
        // the count is a convenience: the page itself says what failed
    }
}
window.addEventListener('scm:notifications', refreshUnread);

/** Shows the page for the current address. */
export async function showPage() {
    renderShell();
    const found = match(window.location.pathname);
    main.replaceChildren();
    try {
        const module = found ? await found.route.page() : await import('./pages/not-found-page.js');
        const page = module.default;
        document.title = `${page.title(found?.params ?? {})} — ${t('appName')}`;
        await page.render(main, found?.params ?? {}, new URLSearchParams(window.location.search));
    } catch (error) {
        console.error(error);
        main.replaceChildren(failure(error, showPage));
    }
    if (!firstPage) {
        focus(main.querySelector('h1') ?? main);
    }
    firstPage = false;
}

/** Goes to a path of the app without reloading. */
export function navigate(path, { replace = false } = {}) {
    if (replace) {
        history.replaceState(null, '', path);
    } else {
        history.pushState(null, '', path);
    }
    window.scrollTo(0, 0);
    showPage();
}
window.addEventListener('scm:navigate', (event) => navigate(event.detail.path, event.detail));

document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
        || link.target || link.hasAttribute('download') || link.hasAttribute('data-reload')) {
        return;
    }
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/') || url.hash && url.pathname === window.location.pathname) {
        return;
    }
    if (match(url.pathname)) {
        event.preventDefault();
        navigate(url.pathname + url.search);
    }
});
window.addEventListener('popstate', showPage);
onLanguageChange(showPage);

async function start() {
    document.body.classList.add('govuk-frontend-supported');
    applyToDocument();
    try {
        await loadSession();
    } catch (problem) {
        renderShell();
        main.replaceChildren(failure(problem, start));
        return;
    }
    await showPage();
}

start();
