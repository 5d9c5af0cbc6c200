import type { TrayState } from '../../shared/ipc/schemas/common';
import type { Lang } from '../../shared/i18n/lang';
import { TRAY_WORDS as LABELS } from '../../shared/i18n/tray-words';

export type ShellLabels = (typeof LABELS)[Lang];

export function shellLabels(language: Lang): ShellLabels {
  return LABELS[language];
}

/** The shops that need the owner as the tray names them ("butik-se kræver opmærksomhed"); null for none. */
export function shopsNeedingAttention(language: Lang, shops: readonly string[]): string | null {
  return shops.length === 0 ? null : LABELS[language].shopsNeedAttention.replace('{shops}', shops.join(', '));
}

/** `attentionShops`: with several shops, those that need the owner, so the tooltip says which. */
export function trayTooltip(language: Lang, state: TrayState, paused: boolean, attentionShops: readonly string[] = []): string {
  const l = LABELS[language];
  const named = state === 'attention' && !paused ? shopsNeedingAttention(language, attentionShops) : null;
  return `LedgerBridge — ${paused ? l.paused : (named ?? l.state[state])}`;
}
