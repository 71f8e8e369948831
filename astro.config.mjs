// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// The canonical origin; set SITE_URL when deploying under a real domain.
const site = process.env.SITE_URL ?? 'https://netzwerk-kompass.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One round trip for first render: every page carries its own CSS.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [mdx(), preact(), sitemap()],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
