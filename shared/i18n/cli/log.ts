import type { Lang } from '../lang';

/** `ledgerbridge log`: the error log as the owner reads it. */
export const LOG_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    badStatus: (status: string) => string;
    badLevel: (levels: string) => string;
    noProblems: string;
    times: (count: number) => string;
    fix: string;
    technical: string;
    entries: (count: number) => string;
  }
> = {
  da: {
    summary: 'fejlloggen med løsningen på hvert problem',
    help: `ledgerbridge log --data-dir DIR [--profile NAVN] [--status open|resolved|all] [--level info|warning|error|critical] [--code LB-xxxx]
                 [--order ID] [--from ISO] [--to ISO] [--search TEKST] [--limit N] [--technical] [--json] [--lang da|en]
  Fejlloggen for alle butikker (eller for den nævnte profil): hvert problem med den ordre, det gælder,
  og løsningen i almindelige ord, i lokal tid.
  --status    åbne (open, standard), løste (resolved) eller alle (all)
  --technical tilføjer e-conomics log-id, HTTP-status og feltet til support.`,
    badStatus: (status) => `--status skal være open, resolved eller all, ikke "${status}".`,
    badLevel: (levels) => `--level skal være en af ${levels}.`,
    noProblems: 'Ingen problemer i loggen.',
    times: (count) => ` (${count} gange)`,
    fix: 'Løsning',
    technical: 'Teknisk',
    entries: (count) => `${count} ${count === 1 ? 'post' : 'poster'}`,
  },
  en: {
    summary: 'the error log with the fix for each problem',
    help: `ledgerbridge log --data-dir DIR [--profile NAME] [--status open|resolved|all] [--level info|warning|error|critical] [--code LB-xxxx]
                 [--order ID] [--from ISO] [--to ISO] [--search TEXT] [--limit N] [--technical] [--json] [--lang da|en]
  The error log of every shop (or of the profile named): each problem with the order it concerns and the
  fix in plain words, at local time.
  --status    open (default), resolved or all
  --technical adds e-conomic's log id, the HTTP status and the field for support.`,
    badStatus: (status) => `--status must be open, resolved or all, got "${status}".`,
    badLevel: (levels) => `--level must be one of ${levels}.`,
    noProblems: 'No problems in the log.',
    times: (count) => ` (${count} times)`,
    fix: 'Fix',
    technical: 'Technical',
    entries: (count) => `${count} ${count === 1 ? 'entry' : 'entries'}`,
  },
};
