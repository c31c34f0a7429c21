import { allExercises } from '../build/exercises';

/** Every exercise with its model's spec and computed answers, for the pages that combine exercises. */
export async function GET() {
  return new Response(JSON.stringify(await allExercises()), {
    headers: { 'Content-Type': 'application/json' },
  });
}
