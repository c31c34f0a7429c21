/**
 * The data table view of a run: the same numbers as the chart, for screen readers, for checking by eye,
 * and for copying. Long runs show every row; the table sits in a <details> so it costs nothing until opened.
 */
import type { SeriesView } from '../models/types';
import { locale } from '../strings/locale';
import { simulationOnUse as words } from '../strings/simulation-on-use';

const format = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v)
    ? words.table.missing
    : Number(v.toPrecision(6)).toLocaleString(locale);

export function renderTable(container: HTMLElement, view: SeriesView) {
  const doc = container.ownerDocument;
  const table = doc.createElement('table');
  const caption = doc.createElement('caption');
  caption.textContent = words.table.caption(
    view.series.map((s) => s.label),
    view.xLabel,
  );
  table.append(caption);
  const head = doc.createElement('thead');
  const hr = doc.createElement('tr');
  for (const [label, unit] of [[view.xLabel, view.xUnit], ...view.series.map((s) => [s.label, s.unit])] as [
    string,
    string,
  ][]) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = words.withUnit(label, unit);
    hr.append(th);
  }
  head.append(hr);
  const body = doc.createElement('tbody');
  view.x.forEach((x, i) => {
    const tr = doc.createElement('tr');
    const th = doc.createElement('th');
    th.scope = 'row';
    th.textContent = format(x);
    tr.append(th);
    for (const s of view.series) {
      const td = doc.createElement('td');
      td.textContent = format(s.values[i]);
      tr.append(td);
    }
    body.append(tr);
  });
  table.append(head, body);
  container.replaceChildren(table);
}
