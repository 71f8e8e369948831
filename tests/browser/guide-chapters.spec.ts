import { expect, test, type Page } from '@playwright/test';

/**
 * The two hands-on chapters of the guide: the ready-to-use texts of „Was sage ich?“ (each one an
 * anchor the planner can link to, their placeholders all listed in the table at the top) and the
 * reader paths of „Dein Weg ins Networking“ (each one leading to a chapter and a tool).
 */

const TEMPLATES = '/ratgeber/was-sage-ich/';
const PATHS = '/ratgeber/dein-weg/';
const TOOL_PATHS = /^\/(selbsttest|netzwerk-check|planer|plan|daten)\//;
const CHAPTER_PATH = /^\/ratgeber\/[^/]+\/$/;

/** The `h3` headings of the chapter text that are followed by a template (a blockquote). */
async function templateHeadings(page: Page) {
  return page.locator('.prose h3').evaluateAll((headings) =>
    headings
      .filter((h) => {
        for (let el = h.nextElementSibling; el && !/^H[23]$/.test(el.tagName); el = el.nextElementSibling) {
          if (el.tagName === 'BLOCKQUOTE') return true;
        }
        return false;
      })
      .map((h) => ({ id: h.id, text: h.textContent?.trim() ?? '' })),
  );
}

test.describe('„Was sage ich?“', () => {
  test('has at least twelve templates, each under an h3 with its own anchor', async ({ page }) => {
    await page.goto(TEMPLATES);
    const headings = await templateHeadings(page);
    expect(headings.length).toBeGreaterThanOrEqual(12);
    for (const h of headings) expect(h.id, `anchor of „${h.text}“`).toMatch(/\S/);
    expect(new Set(headings.map((h) => h.id)).size).toBe(headings.length);
  });

  test('every template can be reached by its #anchor', async ({ page }) => {
    await page.goto(TEMPLATES);
    const headings = await templateHeadings(page);
    for (const { id, text } of headings) {
      // A fresh load each time, as when the planner opens a template by its link.
      await page.goto('about:blank');
      await page.goto(`${TEMPLATES}#${encodeURIComponent(id)}`);
      const heading = page.locator(`[id="${id}"]`);
      await expect(heading, `#${id}`).toHaveText(text);
      await expect(heading, `#${id}`).toBeInViewport();
      expect(await heading.evaluate((el) => el.matches(':target')), `#${id} is the target`).toBe(true);
    }
  });

  test('the table of contents links to every section and every template', async ({ page }) => {
    await page.goto(TEMPLATES);
    const toc = page.getByRole('navigation', { name: 'Inhalt dieses Kapitels' });
    const tocTargets = await toc.locator('a[href^="#"]').evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))));
    const sectionIds = await page.locator('.prose :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(sectionIds.length).toBeGreaterThan(0);
    expect(tocTargets).toEqual(sectionIds);
    for (const { id } of await templateHeadings(page)) expect(tocTargets, `TOC entry for #${id}`).toContain(id);
  });

  test('every [placeholder] on the page is one listed in the placeholder table', async ({ page }) => {
    await page.goto(TEMPLATES);
    const table = page.locator('.prose table').filter({ has: page.locator('th', { hasText: 'Platzhalter' }) });
    await expect(table).toHaveCount(1);
    await expect(table.locator('th').nth(1)).toHaveText('was hinein gehört');
    const listed = (await table.locator('tbody tr td:first-child').allTextContents()).map((t) => t.trim());
    expect(listed.length).toBeGreaterThan(0);
    for (const p of listed) expect(p, 'a placeholder is a German noun in square brackets').toMatch(/^\[[^\][]+\]$/);

    const templates = await page.locator('.prose blockquote').allTextContents();
    expect(templates.length).toBeGreaterThanOrEqual(12);
    const inTemplates = templates.flatMap((t) => t.match(/\[[^\]]*\]/g) ?? []);
    expect(inTemplates.length).toBeGreaterThan(0);
    const onPage = (await page.locator('.prose').textContent())!.match(/\[[^\]]*\]/g) ?? [];
    for (const p of [...inTemplates, ...onPage]) expect(listed, `placeholder ${p}`).toContain(p);
    // And the table lists no placeholder that no template uses.
    for (const p of listed) expect(inTemplates, `listed placeholder ${p} is used`).toContain(p);
  });

  test('links to the contacts section of the planner', async ({ page }) => {
    await page.goto(TEMPLATES);
    await expect(page.locator('.prose a[href="/planer/kontakte/"]').first()).toBeVisible();
  });
});

test.describe('„Dein Weg ins Networking“', () => {
  const GROUPS = [/Studierende/, /Jobsuchende/, /Selbstständige/, /Angestellte/, /Quereinsteig/, /Introvertierte/];

  /** Each h2 of the chapter text with the paths of the links up to the next h2. */
  async function sections(page: Page) {
    return page.locator('.prose h2').evaluateAll((headings) =>
      headings.map((h) => {
        const links: string[] = [];
        for (let el = h.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
          for (const a of el.querySelectorAll('a[href]')) links.push(new URL((a as HTMLAnchorElement).href).pathname);
        }
        return { heading: h.textContent?.trim() ?? '', links };
      }),
    );
  }

  test('has one h2 for each of the six reader groups', async ({ page }) => {
    await page.goto(PATHS);
    const headings = (await sections(page)).map((s) => s.heading);
    for (const group of GROUPS) expect(headings.filter((h) => group.test(h)), `${group}`).toHaveLength(1);
  });

  test('each reader group links to at least one chapter and one tool', async ({ page }) => {
    await page.goto(PATHS);
    const all = await sections(page);
    for (const group of GROUPS) {
      const section = all.find((s) => group.test(s.heading))!;
      expect(section.links.filter((p) => CHAPTER_PATH.test(p) && p !== PATHS), `chapter link under „${section.heading}“`).not.toHaveLength(0);
      expect(section.links.filter((p) => TOOL_PATHS.test(p)), `tool link under „${section.heading}“`).not.toHaveLength(0);
    }
  });
});
