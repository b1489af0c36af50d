// loadGraph (web/src/views/network/data.ts, used by the Network, Tiers and Map views) without a
// browser, against a stubbed fetch: when the server cannot rank the recommended links (503, as the
// national dataset gave past the 30 s budget on a busy machine) the view still gets its graph,
// fetched again without links=recommended, and the server's reason; other errors still fail.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE } from '../../web/src/app/state.ts';
import { loadGraph } from '../../web/src/views/network/data.ts';

const graph = { view: 'network', focused: false, nodes: [], links: [] };
const budget = { error: { code: 'time_budget_exceeded', message: 'the answer was not ready within its time budget of 30 s', details: { budgetMs: 30000 } } };

/** Stubs fetch: answers `failure` (status, body) while links=recommended is asked for, else the graph; returns the URLs asked. */
function stubServer(failure: [number, unknown] | null): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const [status, body] = failure && url.includes('links=recommended') ? failure : [200, graph];
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadGraph', () => {
  it('asks for the overview with the recommended links, and reports nothing when they come', async () => {
    const asked = stubServer(null);
    expect(await loadGraph('network', DEFAULT_STATE)).toEqual({ graph, pinError: null, linksError: null });
    expect(asked).toEqual(['api/graph?view=network&group=auto&links=recommended']);
  });

  it('draws the graph without recommended links when the server answers 503, with its reason', async () => {
    const asked = stubServer([503, budget]);
    expect(await loadGraph('map', { ...DEFAULT_STATE, cluster: 'cl-1' })).toEqual({ graph, pinError: null, linksError: budget.error.message });
    expect(asked).toEqual(['api/graph?view=map&cluster=cl-1&group=auto&links=recommended', 'api/graph?view=map&cluster=cl-1&group=auto']);
  });

  it('does not ask for recommended links when they are hidden', async () => {
    const asked = stubServer([503, budget]);
    expect(await loadGraph('tiers', { ...DEFAULT_STATE, missing: false })).toEqual({ graph, pinError: null, linksError: null });
    expect(asked).toEqual(['api/graph?view=tiers&group=auto']);
  });

  it('still fails on other errors (a 500 is not a reason to draw less)', async () => {
    stubServer([500, { error: { code: 'internal', message: 'boom' } }]);
    await expect(loadGraph('network', DEFAULT_STATE)).rejects.toMatchObject({ status: 500, message: 'boom' });
  });
});
