/** The words of a lesson's opening figure (src/components/LeadFigure.astro): its observed counts, drawn at once. */
export const leadFigureText = {
  xLabel: 'Days after the upload (log scale)',
  yLabel: 'Views (log scale)',
  description: (unit: string) =>
    `Points: the counted ${unit}, each with its source, on log scales so the first night and the later years ` +
    'both show. Hollow points are disputed.',
  /** Under the chart: where the counts come back in the lesson. */
  caption: 'Every count has a numbered source; the lesson fits a curve to them in “Counting the views”.',
} as const;
