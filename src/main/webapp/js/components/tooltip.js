/**
 * A visual tooltip for elements with data-tooltip, on hover and on keyboard focus (the title
 * attribute shows on hover only). Screen readers get the same text from the accessible name, so
 * the tooltip itself is hidden from them.
 */
export function tooltips(container) {
    const tip = document.createElement('div');
    tip.className = 'scm-tooltip';
    tip.setAttribute('aria-hidden', 'true');
    tip.hidden = true;
    document.body.append(tip);

    const show = (event) => {
        const target = event.target.closest?.('[data-tooltip]');
        if (!target || !container.contains(target)) {
            return;
        }
        tip.textContent = target.dataset.tooltip;
        tip.hidden = false;
        const box = target.getBoundingClientRect();
        const left = Math.min(window.innerWidth - tip.offsetWidth - 8, Math.max(8, box.left));
        const top = box.bottom + 6 + tip.offsetHeight > window.innerHeight ? box.top - tip.offsetHeight - 6 : box.bottom + 6;
        tip.style.left = `${left + window.scrollX}px`;
        tip.style.top = `${top + window.scrollY}px`;
    };
    const hide = () => {
        tip.hidden = true;
    };
    container.addEventListener('mouseover', show);
    container.addEventListener('focusin', show);
    container.addEventListener('mouseleave', hide);
    container.addEventListener('focusout', hide);
    document.addEventListener('keydown', (event) => event.key === 'Escape' && hide());
    // the page that owns the container replaces it on navigation; the tip goes with it
    new MutationObserver(() => {
        if (!container.isConnected) {
            tip.remove();
        }
    }).observe(document.getElementById('main'), { childList: true });
}
