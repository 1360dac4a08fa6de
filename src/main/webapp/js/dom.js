/**
 * Building the DOM without HTML strings (the Content-Security-Policy forbids inline scripts and
 * style attributes, and text from the API must never be parsed as markup).
 * h('a', {href: '/matrix', class: 'govuk-link'}, 'Matrix') → <a href="/matrix" class="govuk-link">Matrix</a>
 */
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2).toLowerCase(), value);
        } else if (name === 'class') {
            element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
        } else if (name === 'dataset') {
            Object.assign(element.dataset, value);
        } else if (value === true) {
            element.setAttribute(name, '');
        } else {
            element.setAttribute(name, String(value));
        }
    }
    append(element, children);
    return element;
}

/**
 * Puts these children in place of an element's children, skipping null, undefined and false as h() does
 * (the DOM's own replaceChildren would write them as the text "null").
 */
export function replace(element, ...children) {
    element.replaceChildren();
    append(element, children);
}

function append(element, children) {
    for (const child of children.flat(Infinity)) {
        if (child === undefined || child === null || child === false) {
            continue;
        }
        element.append(child instanceof Node ? child : String(child));
    }
}

/** Text hidden on screen but read by screen readers. */
export const hidden = (text) => h('span', { class: 'govuk-visually-hidden' }, text);

/** Moves focus to an element that is not normally focusable (a heading, a message). */
export function focus(element) {
    if (!element) {
        return;
    }
    if (!element.hasAttribute('tabindex')) {
        element.setAttribute('tabindex', '-1');
    }
    element.focus();
}
