/**
 * Each model's parameter help, by model id and parameter id: build-time only (a figure's controls, the sandbox's
 * table, the assignment builder's embedded specs), so the help lines stay out of every script. The help is part of
 * each model's whole definition (src/models/index.ts), whose type makes every model carry it.
 */
import { getModel } from '../models/index';
import type { ParamSpec } from '../models/types';

/** A parameter's one line of help; '' for one the strings do not know (a test checks every parameter has one). */
export function paramHelp(model: string, param: string): string {
  const help = getModel(model)?.help;
  return help && Object.hasOwn(help, param) ? (help[param] ?? '') : '';
}

/** A spec with each parameter's help beside it: what a page embeds for a script that shows the help itself. */
export function withHelp(model: string, spec: readonly ParamSpec[]): (ParamSpec & { help: string })[] {
  return spec.map((p) => ({ ...p, help: paramHelp(model, p.id) }));
}
