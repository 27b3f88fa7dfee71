import type { GuideSource } from '@digihjaelp/contract';
import { findDisallowedContent } from '@digihjaelp/markdown';
import type { PersonalDataKind } from '@digihjaelp/privacy';
import { AppError } from '../../kernel/app-error';
import { assertNoPersonalData, type PersonalDataWording } from '../../kernel/personal-data';

/** The parts of a guide a person writes in words; every one of them is shown, searched or printed. */
export interface GuideText {
  title?: string;
  summary?: string;
  body?: string;
  tags?: string[];
  sources?: GuideSource[];
  changeNote?: string | null;
}

const fieldNames: Record<string, string> = {
  title: 'titlen',
  summary: 'resuméet',
  body: 'teksten',
  tags: 'emneordene',
  sources: 'kilderne',
  changeNote: 'ændringsnoten',
};

const findings: Record<PersonalDataKind, string> = {
  cpr: 'Ligner et CPR-nummer',
  email: 'Indeholder en e-mailadresse, som ikke er en myndigheds eller en fælles postkasse',
  phone: 'Ligner et telefonnummer, som ikke er en myndigheds',
};

const guideWording: PersonalDataWording = (issues) => {
  const named = [...new Set(issues.map((issue) => fieldNames[issue.path.split('.')[0] ?? ''] ?? issue.path))];
  return {
    message: `Vejledninger må ikke indeholde en borgers CPR-nummer, e-mailadresse eller telefonnummer (GDPR) – myndigheders numre og adresser er i orden. Ret ${named.join(', ')}.`,
    fields: issues.map((issue) => ({ ...issue, message: `${findings[issue.kind]}. Fjern det, og gem igen.` })),
  };
};

/**
 * Checked on every save of a guide, a proposal or a status change: no personal data in any of its
 * words (422, naming each field; they reach the page, the handout and the search vocabulary), and
 * no markdown the page would refuse or change, like an image from another site (400 on `body`).
 */
export function assertGuideTextAllowed(text: GuideText): void {
  const disallowed = text.body === undefined ? [] : findDisallowedContent(text.body);
  if (disallowed.length > 0) {
    throw new AppError('validation', disallowed.map((found) => found.message).join(' '), {
      fields: disallowed.map((found) => ({ path: 'body', message: found.message })),
    });
  }
  assertNoPersonalData(
    {
      title: text.title,
      summary: text.summary,
      body: text.body,
      ...Object.fromEntries((text.tags ?? []).map((tag, index) => [`tags.${index}`, tag])),
      ...Object.fromEntries((text.sources ?? []).map((source, index) => [`sources.${index}.title`, source.title])),
      changeNote: text.changeNote,
    },
    guideWording,
  );
}
