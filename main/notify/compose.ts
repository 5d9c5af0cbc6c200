import { describe, type Lang } from '../../shared/errors';
import { redact } from '../../shared/redact';
import type { DigestSetting, MailPlan } from './planner';

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const T = {
  da: {
    greeting: 'Hej',
    introOne: 'LedgerBridge er stødt på et problem, som kræver din hjælp:',
    introMany: (n: number) => `LedgerBridge er stødt på ${n} problemer, som kræver din hjælp:`,
    digestIntro: (n: number, period: DigestSetting) =>
      `Her er ${period === 'hourly' ? 'timens' : 'dagens'} oversigt over ${n} ${n === 1 ? 'nyt problem' : 'nye problemer'} i LedgerBridge:`,
    order: 'ordre',
    fix: 'Sådan løser du det',
    code: 'Fejlkode',
    orders: 'Ordrer, det drejer sig om',
    throttle: (period: DigestSetting) =>
      `Du får højst én mail ${period === 'hourly' ? 'i timen' : 'om dagen'} om nye problemer; flere samles i en oversigt. Du kan ændre det under Indstillinger → Notifikationer.`,
    seeAll: 'Se alle problemer i LedgerBridge under Fejllog.',
    regards: 'Venlig hilsen\nLedgerBridge',
    subjectOne: (title: string, order: string | null) => `LedgerBridge: ${title}${order ? ` (ordre ${order})` : ''}`,
    subjectMany: (n: number) => `LedgerBridge: ${n} problemer kræver din opmærksomhed`,
    subjectDigest: (n: number) => `LedgerBridge: oversigt over ${n} ${n === 1 ? 'nyt problem' : 'nye problemer'}`,
  },
  en: {
    greeting: 'Hello',
    introOne: 'LedgerBridge has met a problem that needs your help:',
    introMany: (n: number) => `LedgerBridge has met ${n} problems that need your help:`,
    digestIntro: (n: number, period: DigestSetting) => `Here is the ${period === 'hourly' ? 'hourly' : 'daily'} summary of ${n} new ${n === 1 ? 'problem' : 'problems'} in LedgerBridge:`,
    order: 'order',
    fix: 'How to fix it',
    code: 'Error code',
    orders: 'Orders concerned',
    throttle: (period: DigestSetting) =>
      `You get at most one mail ${period === 'hourly' ? 'an hour' : 'a day'} about new problems; more are collected in a summary. You can change this under Settings → Notifications.`,
    seeAll: 'See every problem in LedgerBridge under Error log.',
    regards: 'Kind regards\nLedgerBridge',
    subjectOne: (title: string, order: string | null) => `LedgerBridge: ${title}${order ? ` (order ${order})` : ''}`,
    subjectMany: (n: number) => `LedgerBridge: ${n} problems need your attention`,
    subjectDigest: (n: number) => `LedgerBridge: summary of ${n} new ${n === 1 ? 'problem' : 'problems'}`,
  },
} as const;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function orderNumberOf(params: Record<string, unknown>): string | null {
  const n = params.orderNumber;
  return n === undefined || n === null || String(n).trim() === '' ? null : String(n);
}

/**
 * The owner's error mail: each problem's title, message and fix, the order
 * numbers, no technical details. Everything passes through redact() last, so
 * a secret that slipped into a parameter still never leaves the machine.
 */
export function composeErrorMail(plan: MailPlan, lang: Lang, period: DigestSetting): ComposedMail {
  const t = T[lang];
  const items = plan.problems.map((p) => ({ d: describe(p.code, p.params, lang), order: orderNumberOf(p.params) }));
  const orders = [...new Set(items.map((i) => i.order).filter((o): o is string => o !== null))];
  const n = items.length;

  const subject =
    plan.kind === 'digest' ? t.subjectDigest(n) : n === 1 ? t.subjectOne(items[0].d.title, items[0].order) : t.subjectMany(n);
  const intro = plan.kind === 'digest' ? t.digestIntro(n, period) : n === 1 ? t.introOne : t.introMany(n);

  const textItems = items.map(
    ({ d, order }, i) => `${i + 1}. ${d.title}${order ? ` — ${t.order} ${order}` : ''}\n   ${d.message}\n   ${t.fix}: ${d.fix}\n   (${t.code} ${d.code})`,
  );
  const text = [
    t.greeting,
    '',
    intro,
    '',
    textItems.join('\n\n'),
    '',
    ...(orders.length > 0 ? [`${t.orders}: ${orders.join(', ')}`, ''] : []),
    t.seeAll,
    t.throttle(period),
    '',
    t.regards,
    '',
  ].join('\n');

  const htmlItems = items
    .map(
      ({ d, order }) =>
        `<li><p><strong>${escapeHtml(d.title)}</strong>${order ? ` — ${t.order} ${escapeHtml(order)}` : ''}</p>` +
        `<p>${escapeHtml(d.message)}</p><p><em>${t.fix}:</em> ${escapeHtml(d.fix)}</p><p style="color:#666">${t.code} ${escapeHtml(d.code)}</p></li>`,
    )
    .join('');
  const html =
    `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif">` +
    `<p>${t.greeting}</p><p>${escapeHtml(intro)}</p><ol>${htmlItems}</ol>` +
    (orders.length > 0 ? `<p>${t.orders}: ${escapeHtml(orders.join(', '))}</p>` : '') +
    `<p>${t.seeAll}</p><p style="color:#666">${escapeHtml(t.throttle(period))}</p><p>${t.regards.replace('\n', '<br>')}</p></body></html>`;

  return { subject: redact(subject), text: redact(text), html: redact(html) };
}
