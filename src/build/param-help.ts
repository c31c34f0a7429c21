/**
 * Each model's parameter help, by model id and parameter id: build-time only (a figure's controls, the sandbox's
 * table, the assignment builder's embedded specs), so the help lines stay out of every script. A `Record` over
 * `ModelId`, so a model added to the registry without its help fails the type check.
 */
import type { ModelId } from '../models/registry';
import type { ParamSpec } from '../models/types';
import { bassParamHelp } from '../strings/models/bass';
import { branchingParamHelp } from '../strings/models/branching';
import { cascadeParamHelp } from '../strings/models/cascade';
import { costOfSilenceParamHelp } from '../strings/models/cost-of-silence';
import { tellAFriendParamHelp } from '../strings/models/tell-a-friend';

const helpByModel: Record<ModelId, Readonly<Record<string, string>>> = {
  bass: bassParamHelp,
  branching: branchingParamHelp,
  cascade: cascadeParamHelp,
  'cost-of-silence': costOfSilenceParamHelp,
  'tell-a-friend': tellAFriendParamHelp,
};

/** A parameter's one line of help; '' for one the strings do not know (a test checks every parameter has one). */
export function paramHelp(model: string, param: string): string {
  const table = Object.hasOwn(helpByModel, model) ? helpByModel[model as ModelId] : undefined;
  return table && Object.hasOwn(table, param) ? (table[param] ?? '') : '';
}

/** A spec with each parameter's help beside it: what a page embeds for a script that shows the help itself. */
export function withHelp(model: string, spec: readonly ParamSpec[]): (ParamSpec & { help: string })[] {
  return spec.map((p) => ({ ...p, help: paramHelp(model, p.id) }));
}
