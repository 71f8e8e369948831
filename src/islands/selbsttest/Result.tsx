/** The result: the ideal network in plain words, what fits and why, time and give-before-take. */
import type { Answers } from '../../lib/questionnaire/answers-schema';
import type { ChapterSlug } from '../../lib/guide/guide-links';
import { fill, formatList } from '../../i18n/format';
import { describeProfile, formatAdvice, giveBeforeTake, recommend, timeVerdict } from '../../lib/profile/recommendations';
import { firstStepText, notReasonText, profileLineText, timeText } from './render';
import type { ErgebnisTexts } from './texts';
import { ROUTES, chapterRoute } from '../../lib/site/routes';
import type { Offer } from '../../lib/fit/take-over';
import type { KindId } from '../../lib/profile/network-kinds';
import { useState } from 'preact/hooks';
import { useLazy } from '../shared/use-lazy';
import { TakeOverButton } from './TakeOverButton';

export function Result({ answers, texts }: { answers: Answers; texts: ErgebnisTexts }) {
  const { ui } = texts;
  const { recommended, notRecommended, first } = recommend(answers, texts.ruleTable);
  const formats = formatAdvice(answers, texts.formatTable);
  const time = timeVerdict(answers);
  const give = giveBeforeTake(answers);
  const reasons = (ids: readonly string[]) => (
    <ul>
      {ids.map((id) => (
        <li key={id}>{texts.rules[id] ?? ''}</li>
      ))}
    </ul>
  );
  // „Als Kandidat übernehmen“: the adding code loads with the first click, which it then carries out.
  const [asked, setAsked] = useState<Offer | null>(null);
  const lazy = useLazy(() => import('./TakeOver'), asked !== null);
  const take = (offer: Offer) =>
    lazy ? <lazy.TakeOver offer={offer} texts={texts.takeOver} asked={asked} /> : <TakeOverButton name={offer.name} texts={texts.takeOver} onClick={() => setAsked(offer)} />;
  const examples = (kind: KindId) => texts.examplesByKind[kind];
  const link = (slug: ChapterSlug, template: string) => <a href={chapterRoute(slug)}>{fill(template, { titel: texts.chapters[slug] })}</a>;

  return (
    <>
      <h2>{ui.profileTitle}</h2>
      <dl class="profile-list">
        {describeProfile(answers).map((line) => {
          const words = profileLineText(line, texts);
          return (
            <div key={line.field}>
              <dt>{words.label}</dt>
              <dd>
                {fill(ui.profileLine, { satz: words.text })} {line.chapter && link(line.chapter, ui.chapterHelp)}
              </dd>
            </div>
          );
        })}
      </dl>

      <h2>{ui.whereTitle}</h2>
      <p>{recommended.length === 0 ? ui.whereNone : ui.whereIntro}</p>
      {first && <p class="first-step">{firstStepText(first, texts)}</p>}
      <ol class="recommendations">
        {recommended.map((rec) => (
          <li class="card" key={rec.kind} data-kind={rec.kind}>
            <h3>{texts.kinds[rec.kind].title}</h3>
            <p class="muted">{fill(ui.examples, { beispiele: texts.kinds[rec.kind].examples })}</p>
            <p class="reasons-label">{ui.fits}</p>
            {reasons(rec.reasons)}
            {rec.caveats.length > 0 && <p class="reasons-label">{ui.caveats}</p>}
            {rec.caveats.length > 0 && reasons(rec.caveats)}
            {take({ name: texts.kinds[rec.kind].title, kind: rec.kind })}
            {examples(rec.kind) && (
              <>
                <p class="reasons-label">{ui.examplesTitle}</p>
                <ul class="network-examples">
                  {examples(rec.kind)!.map((ex) => (
                    <li key={ex.href} data-example-kind={rec.kind} data-example-name={ex.name}>
                      <a href={ex.href} rel="noopener">
                        {ex.name}
                        <span class="visually-hidden"> {ui.externalLink}</span>
                      </a>
                      <span class="example-description">{ex.description}</span>
                      {take({ name: ex.name, kind: rec.kind, link: ex.href })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p>{link(rec.chapter, ui.more)}</p>
          </li>
        ))}
      </ol>
      <details>
        <summary>{ui.others}</summary>
        <ul>
          {notRecommended.map((n) => (
            <li key={n.kind}>
              <strong>{fill(ui.otherKind, { art: texts.kinds[n.kind].title })}</strong> {notReasonText(n.reason, answers, texts)}
            </li>
          ))}
        </ul>
      </details>

      {formats.length > 0 && (
        <>
          <h2>{ui.formatsTitle}</h2>
          <ul class="format-advice">
            {formats.map((id) => (
              <li key={id} data-format={id}>
                {texts.formats[id]}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{ui.timeTitle}</h2>
      <p>
        <span class={`status-tag zeit-${time.level}`}>{texts.time.titles[time.level]}</span> {timeText(time, texts)}
      </p>
      <p>
        <a href="#so-rechnen-wir">{ui.timeHow}</a>
      </p>

      <h2>{ui.giveTitle}</h2>
      <p>{give.unsure ? texts.give.unsure : fill(texts.give.intro, { angebot: formatList(give.offers.map((o) => texts.labels[o] ?? o)) })}</p>
      <ul>
        {(give.unsure ? texts.give.unsureIdeas : give.offers.map((o) => texts.give.ideas[o])).map((idea) => (
          <li key={idea}>{idea}</li>
        ))}
      </ul>
      {give.ownWords.length > 0 && <p>{fill(ui.ownWords, { woerter: give.ownWords.join(', ') })}</p>}
      <p>{link('was-ist-networking', ui.giveWhy)}</p>

      <h2>{ui.nextTitle}</h2>
      <p>{ui.nextText}</p>
      <div class="actions no-print">
        <a class="button" href={ROUTES.netzwerkCheck}>
          {ui.toCheck}
        </a>
        <a class="button button-secondary" href={ROUTES.selbsttest}>
          {ui.edit}
        </a>
        <button type="button" class="secondary" onClick={() => window.print()}>
          {ui.print}
        </button>
      </div>
    </>
  );
}
