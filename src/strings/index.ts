/**
 * Every word of the site's own interface: labels, buttons, headings, notices, narration templates, table
 * headers, accessible names and error messages. Lesson text, sources and facts are content and live in
 * content/; tests/lib/ui-strings.test.ts fails when interface text is written anywhere else in src/.
 *
 * Each area is its own file, and code imports the area file directly (`../strings/simulation`), so a page's
 * JavaScript carries only the words that page shows: one file would put every page's text in every bundle.
 * This index lists every area in one place. To translate the site, copy this folder and translate the
 * values: keys and the arguments of the template functions stay as they are, and TypeScript checks that
 * the copy has the same shape.
 */
export { locale } from './locale';
export { site } from './site';
export { simulation, simulationPage } from './simulation';
export { simulationOnUse } from './simulation-on-use';
export { charts } from './charts';
export { modelText, workerText, unitWord, labelSaysUnit, countWithUnit } from './models/common';
export {
  tellAFriendText,
  tellAFriendMetricText,
  tellAFriendAboutText,
  tellAFriendParamHelp,
  tellAFriendPresetLabels,
} from './models/tell-a-friend';
export {
  branchingText,
  branchingMetricText,
  branchingAboutText,
  branchingParamHelp,
  branchingPresetLabels,
} from './models/branching';
export {
  cascadeText,
  cascadeMetricText,
  cascadeAboutText,
  cascadeParamHelp,
  cascadePresetLabels,
} from './models/cascade';
export {
  bassText,
  bassMetricText,
  bassFitText,
  bassAboutText,
  bassParamHelp,
  bassPresetLabels,
} from './models/bass';
export {
  costOfSilenceText,
  costOfSilenceMetricText,
  costOfSilenceAboutText,
  costOfSilenceParamHelp,
  costOfSilencePresetLabels,
} from './models/cost-of-silence';
export { exercise } from './exercise';
export { difficultyText, difficultyLevel } from './difficulty';
export { myWork } from './my-work';
export { assign } from './assign';
export { assignment } from './assignment';
export { classView } from './class-view';
export { library } from './library';
export { instructors } from './instructors';
export { savedWork } from './saved-work';
export { saveProblems } from './save-problems';
export { tellAFriendViewText } from './views/tell-a-friend';
export { branchingViewText } from './views/branching';
export { cascadeViewText } from './views/cascade';
export { bassViewText } from './views/bass';
export { costOfSilenceViewText } from './views/cost-of-silence';
export { guessViewText } from './views/guess';
export { hookText } from './views/hook';
export { leadFigureText } from './views/lead-figure';
export { selfCheck, answerText, checkSettings } from './self-check';
export { claimText } from './claims';
export { grading } from './grading';
export { scorm } from './scorm';
// Each model's summary words, in files of their own (the browser loads them apart from the model).
export { tellAFriendDescribeText } from './models/tell-a-friend-describe';
export { branchingDescribeText } from './models/branching-describe';
export { cascadeDescribeText } from './models/cascade-describe';
export { bassDescribeText } from './models/bass-describe';
export { costOfSilenceDescribeText } from './models/cost-of-silence-describe';
