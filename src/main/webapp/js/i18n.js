import en from './i18n/en.js';
import es from './i18n/es.js';
import pt from './i18n/pt.js';

/**
 * The UI's own words in Spanish, Portuguese and English (../shared/GLOSSARY-i18n.md). The language
 * is the one chosen on the page (remembered in this browser), else the browser's first of es/pt/en,
 * else Spanish, the language of most member countries. Organization and theme names are never
 * translated: they stay as the 2014 document prints them.
 */
const DICTIONARIES = { es, pt, en };
export const LANGUAGES = [
    { code: 'es', name: 'Español', htmlLang: 'es', keycloak: 'es' },
    { code: 'pt', name: 'Português', htmlLang: 'pt-BR', keycloak: 'pt-BR' },
    { code: 'en', name: 'English', htmlLang: 'en', keycloak: 'en' },
];
const STORAGE_KEY = 'scm.language';
const listeners = new Set();
let current = initialLanguage();

function initialLanguage() {
    const stored = readStored();
    if (stored && DICTIONARIES[stored]) {
        return stored;
    }
    for (const preferred of navigator.languages ?? [navigator.language]) {
        const code = String(preferred).slice(0, 2).toLowerCase();
        if (DICTIONARIES[code]) {
            return code;
        }
    }
    return 'es';
}

function readStored() {
    try {
        return localStorage.getItem(STORAGE_KEY);
    } catch (unavailable) {
        return null;
    }
}

export const language = () => current;
export const languageInfo = (code = current) => LANGUAGES.find((entry) => entry.code === code);

/** Switches the language, remembers it, and tells the sign-in page (Keycloak reads its locale cookie). */
export function setLanguage(code) {
    if (!DICTIONARIES[code]) {
        return;
    }
    current = code;
    try {
        localStorage.setItem(STORAGE_KEY, code);
    } catch (unavailable) {
        // private mode: the choice lasts for this page only
    }
    applyToDocument();
    listeners.forEach((listener) => listener(code));
}

/** Sets <html lang> and Keycloak's locale cookie for the sign-in page (same host, any port). */
export function applyToDocument() {
    const info = languageInfo();
    document.documentElement.lang = info.htmlLang;
    document.cookie = `KEYCLOAK_LOCALE=${info.keycloak}; path=/; max-age=31536000; SameSite=Lax`;
}

export function onLanguageChange(listener) {
    listeners.add(listener);
}

/** The text for a key, with {placeholders} filled; a count picks the _one / _other form. */
export function t(key, params = {}) {
    const dictionary = DICTIONARIES[current];
    let text;
    if (typeof params.count === 'number') {
        const form = new Intl.PluralRules(languageInfo().htmlLang).select(params.count);
        text = dictionary[`${key}_${form}`] ?? dictionary[`${key}_other`];
    }
    text = text ?? dictionary[key] ?? en[key];
    if (text === undefined) {
        console.warn(`no text for ${key}`);
        return key;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** 28/11/2026 in es and pt, 28 Nov 2026 in en. */
export function formatDate(iso) {
    if (!iso) {
        return '';
    }
    const options = current === 'en' ? { day: 'numeric', month: 'short', year: 'numeric' }
        : { day: '2-digit', month: '2-digit', year: 'numeric' };
    return new Intl.DateTimeFormat(current === 'en' ? 'en-GB' : languageInfo().htmlLang, options).format(new Date(iso));
}

/** Date and time in the user's time zone. */
export function formatDateTime(iso) {
    if (!iso) {
        return '';
    }
    const time = new Intl.DateTimeFormat(languageInfo().htmlLang, { hour: '2-digit', minute: '2-digit' })
        .format(new Date(iso));
    return `${formatDate(iso)} ${time}`;
}

/** A member country's name in the UI language, e.g. PE → Perú. */
export function countryName(code) {
    if (!code) {
        return '';
    }
    try {
        return new Intl.DisplayNames([languageInfo().htmlLang], { type: 'region' }).of(code) ?? code;
    } catch (unknown) {
        return code;
    }
}

export const MEMBER_COUNTRIES = ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PY', 'PE', 'SR', 'UY', 'VE'];
