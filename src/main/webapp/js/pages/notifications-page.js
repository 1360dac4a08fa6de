import { h, focus, replace } from '../dom.js';
import { t, formatDateTime, countryName } from '../i18n.js';
import { getJson, post, put, remove } from '../api.js';
import { loadInto } from '../components/loading.js';
import { problemSentence } from '../domain/problems.js';
import { goTo } from '../navigation.js';

/**
 * The signed-in user's notifications (GET /api/notifications), newest first: each as a sentence in the
 * user's language with its date, "new" until read, and a link to its page (opening it marks it read);
 * "mark all as read"; the e-mail switch (PUT /api/notifications/settings); and the personal address of
 * the Atom feed for a feed reader (made, shown once, and revoked here).
 */
export default {
    title: () => t('notifications.title'),
    async render(main) {
        const list = h('div', {});
        const settings = h('div', {});
        main.append(
            h('h1', { class: 'govuk-heading-l' }, t('notifications.title')),
            list,
            h('h2', { class: 'govuk-heading-m' }, t('notifications.settings')),
            settings);
        const reload = () => loadInto(list, () => getJson('notifications?size=100'), (inbox) => inboxView(inbox, reload));
        await Promise.all([reload(), loadInto(settings, () => getJson('notifications/settings'), settingsView)]);
    },
};

function inboxView(inbox, reload) {
    if (inbox.items.length === 0) {
        return h('p', { class: 'govuk-body' }, t('notifications.none'));
    }
    return [
        h('p', { class: 'govuk-body', role: 'status' }, t('notifications.unread', { count: inbox.unread })),
        inbox.unread > 0 ? h('button', {
            type: 'button', class: 'govuk-button govuk-button--secondary',
            onclick: async () => {
                await post('notifications/read-all');
                window.dispatchEvent(new CustomEvent('scm:notifications'));
                await reload();
            },
        }, t('notifications.readAll')) : null,
        h('ul', { class: 'govuk-list scm-notifications' }, inbox.items.map((item) => h('li', {
            class: ['scm-notification', !item.read && 'scm-notification--unread'], dataset: { id: item.id },
        },
        item.read ? null : h('strong', { class: 'govuk-tag govuk-tag--blue scm-notification__new' }, t('notifications.new')),
        h('a', {
            class: 'govuk-link', href: item.link,
            onclick: async (event) => {
                event.preventDefault();
                if (!item.read) {
                    await post(`notifications/${item.id}/read`).catch(() => null);
                    window.dispatchEvent(new CustomEvent('scm:notifications'));
                }
                goTo(item.link);
            },
        }, sentence(item)),
        item.detail ? h('p', { class: 'govuk-body-s scm-pre scm-notification__detail' }, item.detail) : null,
        h('p', { class: 'govuk-body-s scm-hint' }, formatDateTime(item.createdAt))))),
    ];
}

/** What happened, in the user's words. */
export function sentence(item) {
    return t(`notifications.kind.${item.kind}`, {
        actor: item.actor ?? '',
        proposal: item.proposal ?? '',
        country: item.country ? countryName(item.country) : '',
        edition: item.edition ?? '',
        title: item.title,
    });
}

function settingsView(current) {
    const message = h('div', { role: 'status', class: 'govuk-body', id: 'email-status' });
    const checkbox = h('input', {
        class: 'govuk-checkboxes__input', id: 'email-enabled', name: 'emailEnabled', type: 'checkbox',
        checked: current.emailEnabled,
    });
    checkbox.addEventListener('change', async () => {
        try {
            const saved = (await put('notifications/settings', { emailEnabled: checkbox.checked })).data;
            checkbox.checked = saved.emailEnabled;
            message.textContent = t(saved.emailEnabled ? 'notifications.emailOn' : 'notifications.emailOff');
        } catch (problem) {
            checkbox.checked = !checkbox.checked;
            message.textContent = problemSentence(problem);
        }
    });
    return [
        h('div', { class: 'govuk-form-group' },
            h('div', { class: 'govuk-checkboxes govuk-checkboxes--small', 'data-module': 'govuk-checkboxes' },
                h('div', { class: 'govuk-checkboxes__item' }, checkbox,
                    h('label', { class: 'govuk-label govuk-checkboxes__label', for: 'email-enabled' }, t('notifications.email')))),
            h('div', { class: 'govuk-hint' }, t('notifications.emailHint'))),
        message,
        h('h2', { class: 'govuk-heading-m' }, t('notifications.feed')),
        feedView(current.feedToken),
    ];
}

function feedView(hasToken) {
    const box = h('div', {});
    const render = (token, url) => {
        replace(box,
            h('p', { class: 'govuk-body' }, t('notifications.feedIntro')),
            url ? h('div', { class: 'govuk-inset-text', tabindex: '-1' },
                h('p', { class: 'govuk-body' }, t('notifications.feedShownOnce')),
                h('p', { class: 'govuk-body scm-hash' }, h('a', { class: 'govuk-link', href: url, 'data-reload': true }, url))) : null,
            h('div', { class: 'govuk-button-group' },
                h('button', {
                    type: 'button', class: 'govuk-button govuk-button--secondary',
                    onclick: async () => {
                        const made = (await post('notifications/feed-token')).data;
                        render(true, made.url);
                        focus(box.querySelector('.govuk-inset-text'));
                    },
                }, t(token ? 'notifications.feedRenew' : 'notifications.feedMake')),
                token ? h('button', {
                    type: 'button', class: 'govuk-button govuk-button--warning',
                    onclick: async () => {
                        await remove('notifications/feed-token');
                        render(false, null);
                    },
                }, t('notifications.feedRevoke')) : null));
    };
    render(hasToken, null);
    return box;
}
