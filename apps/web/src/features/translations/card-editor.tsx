import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { citizenCardRoutes, type CitizenCard, type CitizenLanguageInfo } from '@digihjaelp/contract';
import { request } from '../../api';
import { Button } from '../../ui/button';
import { FormError, Status } from '../../ui/messages';
import { TextField } from '../../ui/text-field';
import { useSubmission } from '../../ui/use-submission';
import { fieldError } from '../guides/guide-editor';

/** One card's sentence in Danish and every configured language, each field in its own direction. */
export function CardEditor({ card, languages }: { card: CitizenCard; languages: CitizenLanguageInfo[] }) {
  const { t } = useTranslation();
  const { pending, error, run } = useSubmission();
  const [status, setStatus] = useState<string>();
  const [texts, setTexts] = useState<Record<string, string>>(card.texts);
  const set = (code: string, value: string) => setTexts((current) => ({ ...current, [code]: value }));
  const save = () =>
    run(async () => {
      const filled = Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));
      const { data } = await request(citizenCardRoutes.update, {
        params: { key: card.key },
        body: { texts: filled, version: card.version },
      });
      setStatus(t('translations.cards.cardSaved', { version: data.version }));
    });
  return (
    <form
      className="panel"
      aria-label={card.texts.da}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Status message={status} />
      <FormError error={error} />
      <TextField
        label={t('translations.cards.danishSentence')}
        value={texts.da ?? ''}
        lang="da"
        error={fieldError(error, 'texts.da')}
        onChange={(event) => set('da', event.target.value)}
      />
      {languages.map((language) => (
        <TextField
          key={language.code}
          label={`${language.nativeName} (${language.nameDa})`}
          value={texts[language.code] ?? ''}
          lang={language.code}
          dir={language.dir}
          error={fieldError(error, `texts.${language.code}`)}
          onChange={(event) => set(language.code, event.target.value)}
        />
      ))}
      {card.updatedBy && <p>{t('translations.cards.lastChanged', { name: card.updatedBy.displayName })}</p>}
      <Button type="submit" pending={pending}>
        {t('translations.cards.saveCard')}
      </Button>
    </form>
  );
}
