/** Lets a page go to another path of the app without importing the shell (no import cycle). */
export function goTo(path, options = {}) {
    window.dispatchEvent(new CustomEvent('scm:navigate', { detail: { path, ...options } }));
}
