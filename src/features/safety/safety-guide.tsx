// Styles: .safety-steps, .safety-step, .pictogram in src/app/app.css. The flex item's 12rem basis grows with the text size, so at 320 px or 200 % text the words wrap
// below the pictogram instead of being squeezed beside it. Flex hides the list markers, hence the counter.
import { Fragment } from 'preact';
import { LocalText } from '../../ui/local-text';
import { SAFETY_CONTENT, type SafetyList, type SafetyText } from './safety-content';
import { DangerSignPictogram, StepPictogram } from './safety-pictograms';

/** The route of the mine-risk Safety guide. */
export const SAFETY_ROUTE = '/safety';

/** The mine-risk Safety guide: the five steps, the rules and the signs of danger, all offline. */
export function SafetyGuide() {
  const content = SAFETY_CONTENT;
  return (
    <section>
      <h1 tabIndex={-1}>
        <LocalText value={content.title} />
      </h1>
      <p>
        <LocalText value={content.risk} />
      </p>
      <p class="lead">
        <LocalText value={content.intro} />
      </p>
      {/* role="list": WebKit drops the list semantics of a list styled with list-style: none. */}
      <ol class="safety-steps" role="list">
        {content.steps.map((step) => (
          <li key={step.id} class="safety-step">
            <StepPictogram step={step.id} />
            <div>
              <p>
                <strong>
                  <LocalText value={step.heading} />
                </strong>
              </p>
              <p>
                <Sentences texts={step.body} />
              </p>
            </div>
          </li>
        ))}
      </ol>
      <TextList list={content.rules} Heading="h2" />
      <h2>
        <LocalText value={content.signsHeading} />
      </h2>
      <DangerSignPictogram />
      {content.signGroups.map((group, index) => (
        <TextList key={index} list={group} Heading="h3" />
      ))}
      <TextList list={content.roads} Heading="h2" />
    </section>
  );
}

/** Short sentences run together as one paragraph, each in its own language span. */
function Sentences({ texts }: { texts: readonly SafetyText[] }) {
  return (
    <>
      {texts.map((text, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          <LocalText value={text} />
        </Fragment>
      ))}
    </>
  );
}

/** A heading and its bulleted texts. */
function TextList({ list, Heading }: { list: SafetyList; Heading: 'h2' | 'h3' }) {
  return (
    <>
      <Heading>
        <LocalText value={list.heading} />
      </Heading>
      <ul>
        {list.items.map((item, index) => (
          <li key={index}>
            <LocalText value={item} />
          </li>
        ))}
      </ul>
    </>
  );
}
