import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitizenCardList } from '@digihjaelp/contract';
import { Loaded } from '../../ui/loaded';
import { typingInField } from '../triage/counter-screen';
import { useCitizenCards } from './use-translations';
import './translations.css';

function CardDialog({
  cards,
  language,
  onLanguage,
  onClose,
}: {
  cards: CitizenCardList;
  language: string;
  onLanguage: (code: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [cardKey, setCardKey] = useState(cards.cards[0]?.key);
  const chosen = cards.languages.find((candidate) => candidate.code === language) ?? cards.languages[0];
  const card = cards.cards.find((candidate) => candidate.key === cardKey);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const index = /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : -1;
    const byNumber = cards.languages[index];
    if (byNumber && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      onLanguage(byNumber.code);
    }
  };

  return (
    // Esc is the dialog's own cancel; closing hands back to the visit exactly as it was.
    <dialog
      ref={dialog}
      className="citizen-card"
      aria-labelledby="citizen-card-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
    >
      <div className="citizen-card__frame">
        <div className="citizen-card__controls">
          <h2 id="citizen-card-title" className="visually-hidden">
            {t('translations.cards.title')}
          </h2>
          <fieldset>
            <legend>{t('translations.cards.chooseLanguage')}</legend>
            {cards.languages.map((candidate, position) => (
              <button
                key={candidate.code}
                type="button"
                className="button button--secondary citizen-card__choice"
                aria-pressed={candidate.code === chosen?.code}
                lang={candidate.code}
                onClick={() => onLanguage(candidate.code)}
              >
                {position + 1}. {candidate.nativeName}
              </button>
            ))}
          </fieldset>
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('translations.cards.close')}
          </button>
          <fieldset className="citizen-card__cards">
            <legend>{t('translations.cards.chooseCard')}</legend>
            {cards.cards.map((candidate) => (
              <button
                key={candidate.key}
                type="button"
                className="button button--secondary citizen-card__choice"
                aria-pressed={candidate.key === cardKey}
                onClick={() => setCardKey(candidate.key)}
              >
                {candidate.texts.da}
              </button>
            ))}
          </fieldset>
        </div>
        {card && chosen && (
          <p className="citizen-card__sentence" lang={chosen.code} dir={chosen.dir} aria-live="polite">
            {card.texts[chosen.code] ?? card.texts.da}
          </p>
        )}
        <p className="citizen-card__danish">
          {card && <span lang="da">{card.texts.da}</span>} ·{' '}
          {t('translations.cards.hint', { count: cards.languages.length })}
        </p>
      </div>
    </dialog>
  );
}

/**
 * "Vis til borgeren": around the counter screen, the V key (or the button) opens a full-screen card
 * with a sentence in the citizen's language; Esc closes it and focus goes back where it was, so the
 * visit carries on untouched.
 */
export function CitizenCardsLauncher({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState<string>('');
  const returnFocus = useRef<HTMLElement | null>(null);
  const cards = useCitizenCards();

  const show = () => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    returnFocus.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (open || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.toLowerCase() !== 'v' || typingInField(event.target)) return;
    event.preventDefault();
    show();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: it only hears the V shortcut bubbling up from the counter screen; the button below is the way in for everyone
    <div onKeyDown={onKeyDown}>
      <p className="button-row">
        <button type="button" className="button button--secondary" onClick={show} aria-keyshortcuts="V">
          {t('translations.cards.open')}
        </button>
      </p>
      {children}
      {open && (
        <Loaded load={cards}>
          {(list) => <CardDialog cards={list} language={language} onLanguage={setLanguage} onClose={close} />}
        </Loaded>
      )}
    </div>
  );
}
