/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The lesson being rendered, so <Cite>, <Timeline> and <KeyFigures> in its MDX can read its frontmatter. */
    // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- a top-level import would stop this file augmenting the global App namespace
    lesson?: import('./content/schemas').CaseData;
  }
}
