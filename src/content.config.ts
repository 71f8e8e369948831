import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { TOOL_IDS } from './lib/site/tools';

/** One source a chapter draws a figure or a claim from. */
const source = z
  .object({
    /** Title of the article or study, as it was published. */
    title: z.string().min(3),
    /** Where it appeared (site, blog, magazine), for readers who want to look it up. */
    publication: z.string().min(3).optional(),
    /** Address of the source, where one is known. Never invent one. */
    url: z.url().optional(),
    /** When it was published: a year, a month (YYYY-MM) or a day (YYYY-MM-DD), or „ohne Datum“. */
    date: z.union([z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), z.literal('ohne Datum')]),
    /** What this chapter takes from it, e.g. „Umfragewerte zu beliebten Networking-Formen“. */
    used_for: z.string().min(3),
  })
  .refine((s) => s.publication !== undefined || s.url !== undefined, {
    message: 'Every source needs somewhere to find it: "publication" or "url".',
  });

const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guide' }),
  schema: z
    .object({
      /** The chapter's heading and page title; short enough for a navigation entry. */
      title: z.string().min(3).max(70),
      /** For search results and the chapter index: a complete sentence of 70–160 characters. */
      description: z.string().min(70).max(160),
      /** Position in the guide, 1 for the first chapter; unique across chapters. */
      order: z.number().int().positive(),
      /** Every source a figure or claim in the chapter comes from. */
      sources: z.array(source).min(1),
      /** Day someone last checked the chapter's facts against its sources (YYYY-MM-DD); leave it out rather than guess. */
      reviewed: z.coerce.date().optional(),
      /** Tools that put this chapter into practice, linked at the end of the chapter. */
      tools: z.array(z.enum(TOOL_IDS)).default([]),
    })
    .strict(),
});

export const collections = { guide };
