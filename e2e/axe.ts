import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What the accessibility specs hold the page to: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's violations on the page (or within `include`, a CSS selector), as rule id, help and the offending nodes'
 * targets and summaries: readable when a test fails.
 */
export async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    // The first few nodes tell what is wrong; the count says how often.
    count: v.nodes.length,
    nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
}

export async function expectNoViolations(page: Page, what: string, include?: string) {
  expect(await violations(page, include), what).toEqual([]);
}
