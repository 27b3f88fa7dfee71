import {
  danishToday,
  guideRoutes,
  mayEditGuide,
  type CreateGuideRequest,
  type GuideContent,
  type GuideDetail,
} from '@digihjaelp/contract';
import { blockSnippet, guideBlocks, renderGuide } from '@digihjaelp/markdown';
import { useDeferredValue, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, request } from '../../api';
import { activeOptions, useCategories } from '../../queries/reference-data';
import { useLocale } from '../../i18n/use-locale';
import { pathTo } from '../../routes';
import { Button } from '../../ui/button';
import { FormField } from '../../ui/form-field';
import { FormError } from '../../ui/messages';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useSubmission } from '../../ui/use-submission';
import { useSignedInUser } from '../auth/auth-context';
import './guides.css';
import { RenderedHtml } from './rendered-html';

/** The form's values: lists are edited as text (comma- or line-separated). */
interface EditorValues {
  slug: string;
  title: string;
  summary: string;
  categoryKey: string;
  audience: GuideContent['audience'];
  tags: string;
  reviewBy: string;
  sources: string;
  related: string;
  body: string;
  changeNote: string;
}

function valuesOf(guide: GuideDetail | undefined): EditorValues {
  const inOneYear = danishToday(new Date(Date.now() + 365 * 24 * 3600 * 1000));
  return {
    slug: guide?.slug ?? '',
    title: guide?.title ?? '',
    summary: guide?.summary ?? '',
    categoryKey: guide?.categoryKey ?? '',
    audience: guide?.audience ?? 'staff',
    tags: guide?.tags.join(', ') ?? '',
    reviewBy: guide?.reviewBy ?? inOneYear,
    sources: guide?.sources.map((source) => `${source.title} | ${source.url}`).join('\n') ?? '',
    related: guide?.related.join(', ') ?? '',
    body: guide?.body ?? '',
    changeNote: '',
  };
}

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

function contentOf(values: EditorValues): GuideContent {
  return {
    title: values.title,
    summary: values.summary,
    body: values.body,
    categoryKey: values.categoryKey,
    audience: values.audience,
    tags: list(values.tags, /,/),
    reviewBy: values.reviewBy,
    related: list(values.related, /[,\s]+/),
    sources: list(values.sources, /\n/).map((line) => {
      const [title = '', url = ''] = line.split('|').map((part) => part.trim());
      return { title, url };
    }),
  };
}

/** The server's message for a field, also for its items ("sources.0.url" belongs to "sources"). */
export function fieldError(error: ApiError | undefined, field: string) {
  return error?.fieldIssues.find((issue) => issue.path === field || issue.path.startsWith(`${field}.`))?.message;
}

/** Write or change a guide, with the same Markdown rendering as the server shows in the preview. */
export function GuideEditor({ guide }: { guide?: GuideDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = useLocale();
  const categories = useCategories().data ?? [];
  const user = useSignedInUser();
  // Counter staff change only drafts (mayEditGuide); for anything else they send a proposal to a lead.
  const proposing = guide !== undefined && !mayEditGuide(user, guide);
  const { pending, error, onSubmit } = useSubmission();
  const [values, setValues] = useState(() => valuesOf(guide));
  const [baseVersion, setBaseVersion] = useState(guide?.version ?? 1);
  const [conflict, setConflict] = useState<GuideDetail>();
  const body = useRef<HTMLTextAreaElement>(null);
  const previewSource = useDeferredValue(values.body);
  const preview = useMemo(() => renderGuide(previewSource, { audience: 'staff' }), [previewSource]);

  const set =
    (name: keyof EditorValues) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValues((current) => ({ ...current, [name]: event.target.value }));
  const bind = (name: keyof EditorValues) => ({
    value: values[name],
    onChange: set(name),
    error: fieldError(error, name),
  });

  const insertBlock = (name: string) => {
    const area = body.current;
    const snippet = blockSnippet(name);
    const at = area?.selectionStart ?? values.body.length;
    const before = values.body.slice(0, at);
    const text = `${before}${before && !before.endsWith('\n\n') ? (before.endsWith('\n') ? '\n' : '\n\n') : ''}${snippet}${values.body.slice(at)}`;
    setValues((current) => ({ ...current, body: text }));
    requestAnimationFrame(() => {
      area?.focus();
      const caret = text.indexOf(snippet, before.length) + snippet.indexOf('\n') + 1;
      area?.setSelectionRange(caret, caret);
    });
  };

  const save = async () => {
    const changeNote = values.changeNote || undefined;
    try {
      if (guide && proposing) {
        await request(guideRoutes.propose, {
          params: { slug: guide.slug },
          body: { ...contentOf(values), version: baseVersion, changeNote },
        });
        navigate(pathTo('guide', { slug: guide.slug }), { state: { proposalSent: true } });
      } else if (guide) {
        await request(guideRoutes.update, {
          params: { slug: guide.slug },
          body: { ...contentOf(values), version: baseVersion, changeNote },
        });
        navigate(pathTo('guide', { slug: guide.slug }));
      } else {
        const created: CreateGuideRequest = { ...contentOf(values), slug: values.slug, changeNote };
        await request(guideRoutes.create, { body: created });
        navigate(pathTo('guide', { slug: values.slug }));
      }
    } catch (caught) {
      // Someone saved first: show their version beside ours instead of overwriting it.
      if (guide && caught instanceof ApiError && caught.code === 'conflict') {
        setConflict((await request(guideRoutes.get, { params: { slug: guide.slug } })).data);
      }
      throw caught;
    }
  };

  const categoryOptions = activeOptions(categories, locale, values.categoryKey);

  return (
    <form className="guide-editor" onSubmit={onSubmit(save)}>
      {proposing && <p className="message message--warning">{t('guides.proposals.explain')}</p>}
      <FormError error={conflict ? undefined : error} />
      {conflict && (
        <section className="panel panel--warning" role="alert" aria-labelledby="conflict-title">
          <h2 id="conflict-title" tabIndex={-1} ref={(heading) => heading?.focus()}>
            {t('guides.editor.conflictTitle')}
          </h2>
          <p>{t('guides.editor.conflictBody', { name: conflict.updatedBy.displayName, version: conflict.version })}</p>
          <div className="guide-editor__columns">
            <div>
              <h3>{t('guides.editor.theirs')}</h3>
              <p>
                <strong>{conflict.title}</strong>
              </p>
              <RenderedHtml className="guide__body guide__body--small" html={conflict.bodyHtml} />
            </div>
            <div>
              <h3>{t('guides.editor.yours')}</h3>
              <p>
                <strong>{values.title}</strong>
              </p>
              <RenderedHtml className="guide__body guide__body--small" html={preview} />
            </div>
          </div>
          <div className="button-row">
            <Button
              variant="secondary"
              onClick={() => {
                setValues(valuesOf(conflict));
                setBaseVersion(conflict.version);
                setConflict(undefined);
              }}
            >
              {t('guides.editor.useTheirs')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setBaseVersion(conflict.version);
                setConflict(undefined);
              }}
            >
              {t('guides.editor.keepMine')}
            </Button>
          </div>
        </section>
      )}
      <div className="guide-editor__fields">
        <TextField label={t('guides.editor.title')} required {...bind('title')} />
        {!guide && (
          <TextField
            label={t('guides.editor.slug')}
            hint={t('guides.editor.slugHint')}
            required
            spellCheck={false}
            {...bind('slug')}
          />
        )}
        <FormField
          label={t('guides.editor.summary')}
          hint={t('guides.editor.summaryHint')}
          error={fieldError(error, 'summary')}
        >
          {(control) => (
            <textarea
              className="field__input"
              rows={2}
              required
              value={values.summary}
              onChange={set('summary')}
              {...control}
            />
          )}
        </FormField>
        <SelectField
          label={t('guides.editor.category')}
          required
          options={[{ value: '', label: '' }, ...categoryOptions]}
          {...bind('categoryKey')}
        />
        <SelectField
          label={t('guides.editor.audience')}
          options={(['staff', 'citizen'] as const).map((audience) => ({
            value: audience,
            label: t(`guides.editor.audiences.${audience}`),
          }))}
          {...bind('audience')}
        />
        <TextField label={t('guides.editor.tags')} hint={t('guides.editor.tagsHint')} {...bind('tags')} />
        <TextField label={t('guides.editor.reviewBy')} type="date" required {...bind('reviewBy')} />
        <FormField
          label={t('guides.editor.sources')}
          hint={t('guides.editor.sourcesHint')}
          error={fieldError(error, 'sources')}
        >
          {(control) => (
            <textarea className="field__input" rows={3} value={values.sources} onChange={set('sources')} {...control} />
          )}
        </FormField>
        <TextField
          label={t('guides.editor.related')}
          hint={t('guides.editor.relatedHint')}
          spellCheck={false}
          {...bind('related')}
        />
      </div>
      <div className="guide-editor__columns">
        <div>
          {/* biome-ignore lint/a11y/useSemanticElements: a row of insert buttons, not form fields a fieldset would frame */}
          <div className="guide-editor__blocks" role="group" aria-label={t('guides.editor.blocks')}>
            {Object.entries(guideBlocks).map(([name, block]) => (
              <Button key={name} variant="secondary" onClick={() => insertBlock(name)}>
                <span aria-hidden="true">+&nbsp;</span>
                {block.title}
                <span className="visually-hidden"> ({t('guides.editor.insert', { block: block.title })})</span>
              </Button>
            ))}
          </div>
          <FormField
            label={t('guides.editor.body')}
            hint={t('guides.editor.bodyHint')}
            error={fieldError(error, 'body')}
          >
            {(control) => (
              <textarea
                ref={body}
                className="field__input guide-editor__body"
                rows={24}
                spellCheck
                value={values.body}
                onChange={set('body')}
                {...control}
              />
            )}
          </FormField>
        </div>
        <section aria-labelledby="preview-title">
          <h2 id="preview-title" className="guide-editor__preview-title">
            {t('guides.editor.preview')}
          </h2>
          <RenderedHtml className="guide__body guide-editor__preview" html={preview} />
        </section>
      </div>
      <TextField label={t('guides.editor.changeNote')} {...bind('changeNote')} />
      <div className="button-row">
        <Button type="submit" pending={pending}>
          {proposing ? t('guides.proposals.send') : guide ? t('guides.editor.save') : t('guides.editor.create')}
        </Button>
        <Link
          className="button button--secondary"
          to={guide ? pathTo('guide', { slug: guide.slug }) : pathTo('guides')}
        >
          {t('guides.editor.cancel')}
        </Link>
      </div>
    </form>
  );
}
