/**
 * Lessons and content pages link to the site with root-relative paths (`[the glossary](/glossary/)`). Pages
 * written in .astro go through `href()`; this rehype plugin does the same for Markdown and MDX, so a build with
 * BASE_PATH=/word-of-mouth/ keeps every content link inside the site. Pure: no DOM, no Node API.
 */
interface HastLike {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  /** MDX JSX elements (`<a href="/…">` written in a lesson) keep their attributes here. */
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastLike[];
}

const LINK_PROPERTIES = ['href', 'src'];

export function withBase(url: string, base: string): string {
  const root = base.replace(/\/$/, '');
  if (!root || !url.startsWith('/') || url.startsWith('//') || url === root || url.startsWith(`${root}/`))
    return url;
  return `${root}${url}`;
}

export function rehypeBaseLinks(options: { base: string }) {
  const visit = (node: HastLike) => {
    if (node.type === 'element' && node.properties) {
      for (const key of LINK_PROPERTIES) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = withBase(value, options.base);
      }
    }
    for (const attribute of node.attributes ?? []) {
      if (
        attribute.type === 'mdxJsxAttribute' &&
        LINK_PROPERTIES.includes(attribute.name ?? '') &&
        typeof attribute.value === 'string'
      )
        attribute.value = withBase(attribute.value, options.base);
    }
    node.children?.forEach(visit);
  };
  return (tree: HastLike) => visit(tree);
}
