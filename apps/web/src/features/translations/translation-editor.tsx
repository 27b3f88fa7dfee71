import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  may,
  translationRoutes,
  type CitizenLanguageInfo,
  type GuideDetail,
  type TranslationDetail,
} from '@digihjaelp/contract';
import { renderGuide } from '@digihjaelp/markdown';
import { request } from '../../api';
import { useLocale } from '../../i18n/use-locale';
import { Button } from '../../ui/button';
import { FormError, Status } from '../../ui/messages';
import { TextAreaField } from '../../ui/text-area-field';
import { TextField } from '../../ui/text-field';
import { useSubmission } from '../../ui/use-submission';
import { useSignedInUser } from '../auth/auth-context';
import { DiffFields } from '../guides/diff-fields';
import { fieldError } from '../guides/guide-editor';
import { RenderedHtml } from '../guides/rendered-html';
import './translations.css';

interface Values {
  title: string;
  summary: string;
  body: string;
  needsNativeCheck: boolean;
  changeNote: string;
}

/**
 * Side by side: the Danish citizen text (and what changed in it since the translation's base
 * version) on one side, the translation with the same building blocks and a live preview on the
 * other, written in the language's direction. Leads publish.
 */
export function TranslationEditor({
  guide,
  language,
  translation,
  danish,
}: {
  guide: GuideDetail;
  language: CitizenLanguageInfo;
  translation: TranslationDetail | undefined;
  /** The Danish citizen text as printed, for a translation not written yet. */
  danish: TranslationDetail['danish'];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useSignedInUser();
  const { pending, error, run } = useSubmission();
  const [status, setStatus] = useState<string>();
  const body = useRef<HTMLTextAreaElement>(null);
  const [values, setValues] = useState<Values>({
    title: translation?.title ?? '',
    summary: translation?.summary ?? '',
    body: translation?.body ?? '',
    needsNativeCheck: translation?.needsNativeCheck ?? true,
    changeNote: '',
  });
  const previewSource = useDeferredValue(values.body);
  const preview = useMemo(() => renderGuide(previewSource, { audience: 'handout' }), [previewSource]);

  const insert = (block: 'trin' | 'advarsel') => {
    const snippet =
      block === 'trin'
        ? `::: trin ${language.stepsTitle}\n1. \n2. \n:::\n`
        : `::: advarsel ${language.warningTitle}\n\n:::\n`;
    setValues((current) => ({
      ...current,
      body: `${current.body.trimEnd()}${current.body.trim() ? '\n\n' : ''}${snippet}`,
    }));
    requestAnimationFrame(() => body.current?.focus());
  };

  const save = (baseVersion: number) =>
    run(async () => {
      const { data } = await request(translationRoutes.save, {
        params: { slug: guide.slug, language: language.code },
        body: {
          title: values.title,
          summary: values.summary,
          body: values.body,
          needsNativeCheck: values.needsNativeCheck,
          baseVersion,
          version: translation?.version,
          changeNote: values.changeNote || undefined,
        },
      });
      setStatus(t('translations.saved', { version: data.version }));
    });

  const changeStatus = (to: 'published' | 'draft') =>
    run(async () => {
      if (!translation) return;
      const { data } = await request(translationRoutes.changeStatus, {
        params: { slug: guide.slug, language: language.code },
        body: { status: to, version: translation.version },
      });
      setStatus(t('translations.statusChanged', { status: t(`translations.${data.status}`) }));
    });

  const reviews = may(user, 'reviewGuides');
  const shown = translation?.danish ?? danish;
  return (
    <div className="translation-editor">
      <section className="translation-editor__danish" aria-labelledby="danish-title" lang="da">
        <h2 id="danish-title">{t('translations.danishTitle', { version: shown.version })}</h2>
        {translation?.stale && (
          <div className="message message--warning" role="note">
            <p>
              <span className="translation-badge translation-badge--stale">{t('translations.stale')}</span>{' '}
              {t('translations.basedOn', { base: translation.baseVersion, current: shown.version })}
            </p>
            <h3>{t('translations.danishChanges', { version: translation.baseVersion })}</h3>
            <DiffFields fields={[{ field: 'body', parts: translation.danishChanges }]} />
          </div>
        )}
        <h3>{shown.title}</h3>
        {shown.summary && <p>{shown.summary}</p>}
        <RenderedHtml className="guide__body" html={shown.html} />
      </section>
      <section aria-labelledby="translation-title">
        <h2 id="translation-title">
          {t('translations.translationTitle')} – {language.nativeName}
        </h2>
        {translation && (
          <p>
            {t(`translations.${translation.status}`)} ·{' '}
            {t('translations.translatedBy', {
              name: translation.translatedBy.displayName,
              date: locale.date(translation.translatedAt.slice(0, 10)),
            })}
          </p>
        )}
        <Status message={status} />
        <FormError error={error} />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save(translation?.baseVersion ?? shown.version);
          }}
        >
          <TextField
            label={t('translations.fields.title')}
            value={values.title}
            lang={language.code}
            dir={language.dir}
            error={fieldError(error, 'title')}
            onChange={(event) => setValues({ ...values, title: event.target.value })}
          />
          <TextField
            label={t('translations.fields.summary')}
            value={values.summary}
            lang={language.code}
            dir={language.dir}
            error={fieldError(error, 'summary')}
            onChange={(event) => setValues({ ...values, summary: event.target.value })}
          />
          <div className="button-row">
            <Button variant="secondary" onClick={() => insert('trin')}>
              {t('translations.insertSteps')}
            </Button>
            <Button variant="secondary" onClick={() => insert('advarsel')}>
              {t('translations.insertWarning')}
            </Button>
          </div>
          <TextAreaField
            ref={body}
            label={t('translations.fields.body')}
            hint={t('translations.fields.bodyHint')}
            className="translation-editor__body"
            rows={14}
            value={values.body}
            lang={language.code}
            dir={language.dir}
            error={fieldError(error, 'body')}
            onChange={(event) => setValues({ ...values, body: event.target.value })}
          />
          <p>
            <label>
              <input
                type="checkbox"
                checked={values.needsNativeCheck}
                onChange={(event) => setValues({ ...values, needsNativeCheck: event.target.checked })}
              />{' '}
              {t('translations.fields.needsNativeCheck')}
            </label>
          </p>
          <TextField
            label={t('translations.fields.changeNote')}
            value={values.changeNote}
            onChange={(event) => setValues({ ...values, changeNote: event.target.value })}
          />
          <div className="button-row">
            <Button type="submit" pending={pending}>
              {t('translations.save')}
            </Button>
            {translation?.stale && (
              <Button variant="secondary" pending={pending} onClick={() => void save(shown.version)}>
                {t('translations.saveFromCurrent')}
              </Button>
            )}
            {translation && reviews && (
              <Button
                variant="secondary"
                pending={pending}
                onClick={() => void changeStatus(translation.status === 'published' ? 'draft' : 'published')}
              >
                {translation.status === 'published' ? t('translations.unpublish') : t('translations.publish')}
              </Button>
            )}
          </div>
          {!reviews && <p>{t('translations.publishHint')}</p>}
        </form>
        <h3>{t('translations.preview')}</h3>
        <div className="translation-editor__preview guide__body" lang={language.code} dir={language.dir}>
          <p className="guide__summary">{values.title}</p>
          <RenderedHtml className="translation-editor__preview-body" html={preview} />
        </div>
      </section>
    </div>
  );
}
