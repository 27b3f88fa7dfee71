import { z } from './zod';

/** What a printed handout says around the guide's own text, in the citizen's language. */
export interface HandoutPhrases {
  print: string;
  scanCode: string;
  readMore: string;
  /** `{title}`: the source's title. */
  qrLabel: string;
  /** `{giver}`: the organisation and branch; `{date}`: the day, written in this language. */
  footer: string;
  /** Printed when the Danish guide has changed since the translation was made. */
  staleNotice: string;
  /** The default headings of the building blocks, inserted by the editor's buttons. */
  stepsTitle: string;
  warningTitle: string;
}

export interface CitizenLanguage {
  /** BCP 47 primary language subtag, as in `<html lang>` and `?lang=`. */
  code: string;
  /** The language's own name: what the citizen recognises on the counter's list. */
  nativeName: string;
  /** Names for the staff interface. */
  nameDa: string;
  nameEn: string;
  dir: 'ltr' | 'rtl';
  /** The locale dates are written in (Western digits, as the numbered steps use). */
  dateLocale: string;
  handout: HandoutPhrases;
}

/**
 * Every language a translation can be written in, with what its handout needs. Which of them an
 * installation offers is configuration (`CITIZEN_LANGUAGES`, see apps/api/src/config.ts): adding a
 * language this list knows is a setting; a language it does not know is one entry here.
 */
export const citizenLanguageCatalogue: readonly CitizenLanguage[] = [
  {
    code: 'en',
    nativeName: 'English',
    nameDa: 'engelsk',
    nameEn: 'English',
    dir: 'ltr',
    dateLocale: 'en-GB',
    handout: {
      print: 'Print',
      scanCode: "Scan the code with your phone's camera",
      readMore: 'Read more',
      qrLabel: 'QR code for {title}',
      footer:
        'Given to you by {giver}, {date}. You are always welcome to come back. Never share your MitID with anyone – not even with us.',
      staleNotice:
        'The Danish version of this guide has been updated since this translation was made. Some details may have changed. Ask us for the Danish version as well.',
      stepsTitle: 'How to do it',
      warningTitle: 'Warning',
    },
  },
  {
    code: 'uk',
    nativeName: 'Українська',
    nameDa: 'ukrainsk',
    nameEn: 'Ukrainian',
    dir: 'ltr',
    dateLocale: 'uk-UA',
    handout: {
      print: 'Друкувати',
      scanCode: 'Відскануйте код камерою телефону',
      readMore: 'Докладніше',
      qrLabel: 'QR-код до {title}',
      footer:
        'Видано: {giver}, {date}. Ви завжди можете прийти знову. Ніколи нікому не передавайте свій MitID – навіть нам.',
      staleNotice:
        'Данську версію цієї інструкції оновлено після того, як було зроблено цей переклад. Деякі деталі могли змінитися. Попросіть у нас також данську версію.',
      stepsTitle: 'Що робити',
      warningTitle: 'Увага',
    },
  },
  {
    code: 'ar',
    nativeName: 'العربية',
    nameDa: 'arabisk',
    nameEn: 'Arabic',
    dir: 'rtl',
    dateLocale: 'ar-u-nu-latn',
    handout: {
      print: 'طباعة',
      scanCode: 'امسح الرمز بكاميرا هاتفك',
      readMore: 'اقرأ المزيد',
      qrLabel: 'رمز QR إلى {title}',
      footer: 'سلّمها لك {giver}، {date}. أنت مرحّب بك دائمًا للعودة. لا تُعطِ MitID الخاص بك لأي شخص أبدًا – ولا حتى لنا.',
      staleNotice:
        'تم تحديث النسخة الدنماركية من هذا الدليل بعد إعداد هذه الترجمة. قد تكون بعض التفاصيل قد تغيّرت. اطلب منا النسخة الدنماركية أيضًا.',
      stepsTitle: 'ماذا تفعل',
      warningTitle: 'تحذير',
    },
  },
  {
    code: 'pl',
    nativeName: 'Polski',
    nameDa: 'polsk',
    nameEn: 'Polish',
    dir: 'ltr',
    dateLocale: 'pl-PL',
    handout: {
      print: 'Drukuj',
      scanCode: 'Zeskanuj kod aparatem w telefonie',
      readMore: 'Czytaj więcej',
      qrLabel: 'Kod QR do {title}',
      footer:
        'Przekazane przez: {giver}, {date}. Zawsze możesz przyjść ponownie. Nigdy nikomu nie udostępniaj swojego MitID – nawet nam.',
      staleNotice:
        'Duńska wersja tego poradnika została zmieniona po wykonaniu tego tłumaczenia. Niektóre informacje mogły się zmienić. Poproś nas także o wersję duńską.',
      stepsTitle: 'Co zrobić',
      warningTitle: 'Uwaga',
    },
  },
  {
    code: 'tr',
    nativeName: 'Türkçe',
    nameDa: 'tyrkisk',
    nameEn: 'Turkish',
    dir: 'ltr',
    dateLocale: 'tr-TR',
    handout: {
      print: 'Yazdır',
      scanCode: 'Kodu telefonunuzun kamerasıyla tarayın',
      readMore: 'Ayrıntılar',
      qrLabel: '{title} için QR kodu',
      footer:
        'Veren: {giver}, {date}. Her zaman tekrar gelebilirsiniz. MitID bilgilerinizi asla kimseyle paylaşmayın – bizimle bile.',
      staleNotice:
        'Bu rehberin Danca sürümü, bu çeviri yapıldıktan sonra güncellendi. Bazı bilgiler değişmiş olabilir. Bizden Danca sürümünü de isteyin.',
      stepsTitle: 'Ne yapmalısınız',
      warningTitle: 'Uyarı',
    },
  },
];

/** The languages an installation offers unless configured otherwise, in the counter's order. */
export const defaultCitizenLanguageCodes = ['en', 'uk', 'ar', 'pl', 'tr'] as const;

export const languageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'Skriv en sprogkode med 2-3 bogstaver, fx "en" eller "ar"');

export function findCitizenLanguage(code: string): CitizenLanguage | undefined {
  return citizenLanguageCatalogue.find((language) => language.code === code);
}

/** Fills `{name}` placeholders of a handout phrase. */
export function fillPhrase(phrase: string, values: Record<string, string>): string {
  return phrase.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** What the web app needs of a configured language. */
export const citizenLanguageSchema = z.object({
  code: z.string(),
  nativeName: z.string(),
  nameDa: z.string(),
  nameEn: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  stepsTitle: z.string(),
  warningTitle: z.string(),
});
export type CitizenLanguageInfo = z.infer<typeof citizenLanguageSchema>;
