/**
 * The UI's pages by path. platform/PageRoutes.java forwards the same paths to index.html and
 * answers any other with the 404 page: change both together.
 */
export const ROUTES = [
    { path: /^\/$/, page: () => import('./pages/matrix-page.js') },
    { path: /^\/matrix$/, page: () => import('./pages/matrix-page.js') },
    { path: /^\/matrix\/cells\/([^/]+)\/(\d+)$/, page: () => import('./pages/cell-page.js'), params: ['organization', 'theme'] },
    { path: /^\/organizations$/, page: () => import('./pages/organizations-page.js') },
    { path: /^\/organizations\/([^/]+)$/, page: () => import('./pages/organization-page.js'), params: ['code'] },
    { path: /^\/proposals$/, page: () => import('./pages/proposals-page.js') },
    { path: /^\/proposals\/new$/, page: () => import('./pages/new-proposal-page.js') },
    { path: /^\/proposals\/import$/, page: () => import('./pages/import-page.js') },
    { path: /^\/proposals\/(\d+)$/, page: () => import('./pages/proposal-page.js'), params: ['id'] },
    { path: /^\/review$/, page: () => import('./pages/review-page.js') },
    { path: /^\/editions$/, page: () => import('./pages/editions-page.js') },
    { path: /^\/compare$/, page: () => import('./pages/compare-page.js') },
    { path: /^\/audit$/, page: () => import('./pages/audit-page.js') },
    { path: /^\/history\/cells\/([^/]+)\/(\d+)$/, page: () => import('./pages/history-page.js'), params: ['organization', 'theme'] },
    { path: /^\/history\/organizations\/([^/]+)$/, page: () => import('./pages/history-page.js'), params: ['code'] },
    { path: /^\/notifications$/, page: () => import('./pages/notifications-page.js') },
];

/** The route for a path, with its parameters decoded; null for an unknown path. */
export function match(pathname) {
    const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
    for (const route of ROUTES) {
        const found = route.path.exec(path);
        if (found) {
            const params = Object.fromEntries((route.params ?? []).map((name, i) => [name, decodeURIComponent(found[i + 1])]));
            return { route, params };
        }
    }
    return null;
}
