import { useTranslation } from 'react-i18next';
import { CardEditor } from '../features/translations/card-editor';
import { useCitizenCards } from '../features/translations/use-translations';
import { Loaded } from '../ui/loaded';
import { PageHeader } from '../ui/page-header';

/** Leads keep the show-the-citizen cards' sentences, in every configured language. */
export function CitizenCardsPage() {
  const { t } = useTranslation();
  const cards = useCitizenCards();
  return (
    <>
      <PageHeader title={t('translations.cards.editTitle')}>{t('translations.cards.editIntro')}</PageHeader>
      <Loaded load={cards}>
        {(list) =>
          list.cards.map((card) => (
            // The form keeps what was typed and its message; a save refreshes the card's version under it.
            <CardEditor key={card.key} card={card} languages={list.languages} />
          ))
        }
      </Loaded>
    </>
  );
}
