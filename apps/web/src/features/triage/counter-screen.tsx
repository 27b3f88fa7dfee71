import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, AnswerValue, Category, RecommendationContext } from '@digihjaelp/contract';
import { nextQuestion, recommend, visibleQuestions } from '@digihjaelp/triage';
import { useLocale } from '../../i18n/use-locale';
import { Button } from '../../ui/button';
import { LoadError } from '../../ui/loaded';
import { Loading } from '../../ui/loading';
import { CategoryPicker } from './category-picker';
import { QuestionList } from './question-list';
import { RecommendationPanel, recommendationHeadline } from './recommendation-panel';
import { answerForKey } from './shortcuts';
import { useCounterVisit } from './use-counter-visit';
import { useTriageSetup } from './use-triage-setup';
import { VisitRestored } from './visit-restored';
import './triage.css';

export interface FinishVisit {
  /** The visit's id: the `Idempotency-Key` its case is logged under, so it is logged once. */
  id: string;
  /** When the category was chosen: the visit's start, for the minutes spent. */
  visitStartedAt: Date;
  /** Guides opened from the recommendation during the visit: ticked as used. */
  openedGuideSlugs: readonly string[];
  /** The case form as it was left (after a reload or a new login), and where its changes go. */
  caseForm: unknown;
  onCaseFormChange: (caseForm: unknown) => void;
  /** The case is logged: the counter starts the next visit. */
  onLogged: () => void;
}

export interface CounterScreenProps {
  /**
   * The "Afslut og log" step (the case log plugs in here): rendered under the recommendation
   * with everything a case records — flow version, answers and recommendation.
   */
  renderFinish?: (context: RecommendationContext, visit: FinishVisit) => ReactNode;
  /**
   * A message above the counter in the same place on every screen (so a live region in it stays
   * mounted and is announced), told whether a visit is under way — e.g. the case just logged,
   * shown until the next visit begins.
   */
  renderStatus?: (visitInProgress: boolean) => ReactNode;
}

export function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * "Ny henvendelse": category by a few letters or a tile, then the flow's questions on one
 * screen (buttons or number keys), and the recommendation the moment the last answer is given.
 * The engine runs here in the browser, so answers can be changed and the result follows live.
 */
export function CounterScreen({ renderFinish, renderStatus }: CounterScreenProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const setup = useTriageSetup();
  const counter = useCounterVisit();
  const { visit, setAnswers } = counter;
  const answers: Answers = visit.answers;
  const category: Category | undefined = setup.data?.categories.find((entry) => entry.key === visit.categoryKey);
  const recommendationRef = useRef<HTMLHeadingElement>(null);
  const finishRef = useRef<HTMLDivElement>(null);

  const flow = category && setup.data?.flowFor(category.key);
  const recommendation = useMemo(
    () =>
      category && flow && !nextQuestion(flow.definition, answers) ? recommend(flow, category, answers) : undefined,
    [category, flow, answers],
  );

  const answer = useCallback(
    (questionId: string, value: AnswerValue) => {
      if (!flow) return;
      // Answers to questions that a changed answer hides are dropped, so they cannot come back unseen.
      setAnswers((previous) => visibleQuestions(flow.definition, { ...previous, [questionId]: value }).answers);
    },
    [flow, setAnswers],
  );

  const startOver = counter.changeCategory;

  // Focus moves once, when the recommendation appears; later changes update it in place.
  const hasRecommendation = Boolean(recommendation);
  useEffect(() => {
    if (hasRecommendation) recommendationRef.current?.focus();
  }, [hasRecommendation]);

  /*
   * Single-key shortcuts act only while focus is inside the counter screen (WCAG 2.1.4): focus
   * moves to the question being asked, then to the recommendation, so they are at hand there.
   */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Ctrl+Enter finishes the visit from anywhere on the screen: one key after the recommendation.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && recommendation) {
      const finishForm = finishRef.current?.querySelector('form');
      if (finishForm) {
        event.preventDefault();
        finishForm.requestSubmit();
      }
      return;
    }
    if (!flow || event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      startOver();
      return;
    }
    if (event.key === 'Backspace') {
      const lastAnswered = Object.keys(visibleQuestions(flow.definition, answers).answers).at(-1);
      if (lastAnswered === undefined) return;
      event.preventDefault();
      setAnswers(({ [lastAnswered]: _undone, ...rest }) => rest);
      return;
    }
    const asking = nextQuestion(flow.definition, answers);
    const value = asking && answerForKey(asking, event.key);
    if (asking && value !== undefined) {
      event.preventDefault();
      answer(asking.id, value);
    }
  };

  if (!category || !flow) {
    // A visit brought back with its category waits for its flow; a new one can start typing at once.
    if (visit.categoryKey && !setup.data) {
      return setup.error ? <LoadError error={setup.error} onRetry={setup.refetch} /> : <Loading />;
    }
    return (
      <>
        {renderStatus?.(false)}
        <div className="counter-screen">
          <CategoryPicker
            categories={{ ...setup, data: setup.data?.categories }}
            onChoose={(chosen) => counter.chooseCategory(chosen.key)}
          />
        </div>
      </>
    );
  }

  const visitStartedAt = new Date(visit.startedAt);
  return (
    <>
      {renderStatus?.(true)}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the shortcuts are keys pressed in the focusable controls inside, caught here once */}
      <div className="two-columns counter-screen" onKeyDown={onKeyDown}>
        <div className="counter-screen__questions">
          {counter.restored && (
            <VisitRestored
              categoryName={locale.name(category)}
              startedAt={visitStartedAt}
              onDiscard={counter.startNext}
            />
          )}
          <div className="chosen-category">
            <p>
              <span className="chosen-category__label">{t('triage.categoryTitle')}:</span>{' '}
              {/* A category without its own flow runs the general one, still under its own name. */}
              <strong>{locale.name(category)}</strong>
            </p>
            <Button variant="secondary" onClick={startOver}>
              {t('triage.changeCategory')}
            </Button>
          </div>
          <QuestionList flow={flow.definition} answers={answers} onAnswer={answer} />
        </div>
        {/* Announces each new result briefly; the panel itself is too long to be read on every change. */}
        <p role="status" className="visually-hidden">
          {recommendation ? recommendationHeadline(recommendation, t, locale.language) : ''}
        </p>
        <div className="counter-screen__result">
          {recommendation ? (
            <>
              <RecommendationPanel
                recommendation={recommendation}
                headingRef={recommendationRef}
                onOpenGuide={counter.openGuide}
                folded
              />
              {renderFinish && (
                // Keys typed in the finish step are its own, not answer shortcuts.
                // biome-ignore lint/a11y/noStaticElementInteractions: it only stops keys from the form fields inside
                <div ref={finishRef} className="counter-screen__finish" onKeyDown={(event) => event.stopPropagation()}>
                  {renderFinish(recommendation, {
                    id: visit.id,
                    visitStartedAt,
                    openedGuideSlugs: visit.openedGuides,
                    caseForm: visit.caseForm,
                    onCaseFormChange: counter.setCaseForm,
                    onLogged: counter.startNext,
                  })}
                </div>
              )}
            </>
          ) : (
            <p className="counter-screen__waiting">{t('triage.waiting')}</p>
          )}
        </div>
      </div>
    </>
  );
}
