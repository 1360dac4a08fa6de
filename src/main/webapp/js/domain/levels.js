import { t } from '../i18n.js';

/** Involvement levels: the API's names, the annex's marks, and the words for them. */
export const LEVELS = ['NONE', 'INVOLVED', 'STRONG'];
const SYMBOLS = { NONE: '', INVOLVED: 'x', STRONG: 'xx' };

export const symbolOf = (level) => SYMBOLS[level] ?? '';
export const levelOfSymbol = (symbol) => LEVELS.find((level) => SYMBOLS[level] === (symbol ?? '').trim()) ?? 'NONE';
export const levelName = (level) => t(`level.${level ?? 'NONE'}`);
/** "fuertemente involucrado (xx)", "no involucrado". */
export const levelLabel = (level) => (symbolOf(level) ? `${levelName(level)} (${symbolOf(level)})` : levelName(level));
