import { describe, type Lang } from '../../shared/errors';
import { redact } from '../../shared/redact';
import { NOTIFICATION_TEXTS } from '../../shared/i18n/notification-texts';
import type { DigestSetting, MailPlan } from './planner';

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

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
  const t = NOTIFICATION_TEXTS[lang];
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
