import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

/**
 * The DejaVu fonts' licence beside the build: the PDF writer carries the fonts (pdf-fonts.ts), and
 * the Bitstream Vera licence asks that its notice go with every copy.
 */
function fontLicence(): Plugin {
  return {
    name: 'rantai-font-licence',
    generateBundle() {
      const file = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/LICENSE');
      this.emitFile({ type: 'asset', fileName: 'licenses/dejavu-fonts.txt', source: readFileSync(file, 'utf8') });
    },
  };
}

// The analysts' front end: built into dist/web and served by the express server at `/`.
export default defineConfig({
  root: 'web',
  base: './',
  plugins: [fontLicence()],
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
