/**
 * An assignment's steps inside a package: which exercise pages, and each step's address relative to the
 * launch page (index.html named in full: an LMS serving package files does not always serve a folder's
 * index). The query is the one the site's step links carry (src/lib/assignment.ts, stepUrl), so the exercise
 * page applies the instructor's settings and locks and checks answers against them.
 */
import { stepUrl, type Assignment } from '../assignment';
import type { PackageStep } from './report';

export function packageStepUrl(code: string, assignment: Assignment, index: number): string {
  const url = stepUrl('/', code, assignment, index);
  return url.replace(/^\/exercises\/([^/?]+)\/\?/, 'exercises/$1/index.html?');
}

/** The package's steps, in order, with their exercises' questions (steps naming no known exercise are left out). */
export function packageSteps(assignment: Assignment, exercises: readonly PackageStep[]): PackageStep[] {
  const byId = new Map(exercises.map((e) => [e.exercise, e]));
  return assignment.items.flatMap((item) => {
    const known = byId.get(item.exercise);
    return known ? [known] : [];
  });
}
