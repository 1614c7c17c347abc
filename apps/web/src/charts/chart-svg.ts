import { VegaLiteSpec } from './vega-lite-spec';

/** The few calls of vega and vega-lite used here. */
interface VegaLite {
  compile(spec: unknown): { spec: unknown };
}
interface Vega {
  parse(spec: unknown): unknown;
  View: new (runtime: unknown, options: { renderer: 'none' }) => { toSVG(): Promise<string>; finalize(): void };
}

// vega and vega-lite are ES modules with top-level await, which require() cannot load: import() them, kept out of
// reach of the CommonJS transform that would turn a plain import() into require().
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
let modules: Promise<{ vega: Vega; vegaLite: VegaLite }> | undefined;
function load(): Promise<{ vega: Vega; vegaLite: VegaLite }> {
  modules ??= Promise.all([importModule('vega'), importModule('vega-lite')]).then(([vega, vegaLite]) => ({
    vega: vega as Vega,
    vegaLite: vegaLite as VegaLite,
  }));
  return modules;
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * A Vega-Lite chart compiled and rendered to SVG on the server (no script reaches the browser). The SVG is one image
 * to assistive technology: `role="img"`, named by a `<title>` and described by a `<desc>` (the table beside it gives
 * every figure). `id` makes the title and desc ids unique on the page.
 */
export async function chartSvg(spec: VegaLiteSpec, id: string): Promise<string> {
  const { vega, vegaLite } = await load();
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    // One image, not a tree of graphics objects: vega's own roles and labels inside the marks are taken out (a layered
    // chart keeps them whatever `config.aria` says), so assistive technology meets the title and desc only.
    const svg = (await view.toSVG()).replace(/ (role|aria-roledescription|aria-label|aria-hidden)="[^"]*"/g, '');
    const label = `<title id="${id}-title">${escapeXml(spec.title)}</title><desc id="${id}-desc">${escapeXml(spec.description)}</desc>`;
    return svg
      .replace(
        /^<svg /,
        `<svg role="img" focusable="false" aria-labelledby="${id}-title" aria-describedby="${id}-desc" `,
      )
      .replace(/^(<svg[^>]*>)/, `$1${label}`);
  } finally {
    view.finalize();
  }
}
