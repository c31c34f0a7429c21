/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The lesson being rendered, so <Cite>, <Timeline> and <KeyFigures> in its MDX can read its frontmatter. */
    lesson?: import('./content/schemas').CaseData;
  }
}
