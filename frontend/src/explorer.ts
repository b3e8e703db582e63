// The graph explorer: search, draw, expand/collapse/remove, side panel with
// evidence, filters, paths, presets, language, URL state and export.

import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type EdgeSingular, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { ApiError, gql, type GraphQLRequest } from './api';
import { collectSubgraph, mergeSubgraphs, nodeLabel, toElements } from './elements';
import { highlight } from './highlight';
import { ringPositions } from './layout';
import { ENTITY_TYPES, RELATION_TYPES, type GEdge, type GEvidence, type GNode, type Lang, type Subgraph } from './model';
import { PRESETS, type Preset } from './presets';
import { ENTITY, NEIGHBORHOOD, PATH, SEARCH } from './queries';
import { styleFor, TYPE_STYLES } from './style';
import { formatHash, parseHash, type UrlState, type View } from './urlstate';

interface SearchHit {
  score: number;
  matched: string;
  node: GNode;
}

interface RelationEdgeResult {
  type: string;
  direction: 'OUT' | 'IN' | 'BOTH';
  date?: string | null;
  node: GNode;
  evidence: GEvidence[];
}

// Above this many nodes the force layout costs seconds on a small machine;
// the radial layout (layout.ts) is instant and still readable.
const FORCE_LAYOUT_MAX = 300;
// Above this many facts edge labels are drawn only for the selected and
// hovered facts: text is what makes a frame slow.
const EDGE_LABEL_MAX = 200;

cytoscape.use(fcose);

export class Explorer {
  private cy!: Core;
  private lang: Lang = 'zh';
  private viewKey = '';
  private lastRequest: GraphQLRequest | null = null;
  private pathFrom: GNode | null = null;
  private pathTo: GNode | null = null;
  private hiddenTypes = new Set<string>();
  private hiddenRels = new Set<string>();
  private searchAbort: AbortController | null = null;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private hits: SearchHit[] = [];
  private active = -1;
  private busy = 0;
  firstGraphMs: number | null = null;

  constructor(private readonly doc: Document) {}

  private $<T extends HTMLElement = HTMLElement>(id: string): T {
    const el = this.doc.getElementById(id);
    if (!el) throw new Error(`explorer: #${id} missing from index.html`);
    return el as T;
  }

  start(): void {
    this.cy = cytoscape({
      container: this.$('cy'),
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      // Keep panning and zooming smooth with ~1,000 nodes on screen.
      textureOnViewport: true,
      hideEdgesOnViewport: false,
      pixelRatio: 1,
    });
    this.cy.on('tap', 'node', (ev) => this.openNode((ev.target as NodeSingular).id()));
    this.cy.on('tap', 'edge', (ev) => this.openEdge(ev.target as EdgeSingular));
    this.cy.on('tap', (ev) => {
      if (ev.target === this.cy) this.cy.elements().unselect();
    });
    this.cy.on('mouseover', 'edge', (ev) => (ev.target as EdgeSingular).addClass('hover'));
    this.cy.on('mouseout', 'edge', (ev) => (ev.target as EdgeSingular).removeClass('hover'));
    this.cy.on('dbltap', 'node', (ev) => void this.expand((ev.target as NodeSingular).id()));
    this.buildLegend();
    this.buildFilters();
    this.buildPresets();
    this.wireSearch();
    this.wireButtons();
    window.addEventListener('hashchange', () => void this.applyHash());
    void this.applyHash();
  }

  // ---- status ---------------------------------------------------------------

  private status(msg: string, kind: 'info' | 'loading' | 'error' = 'info'): void {
    const el = this.$('status');
    el.textContent = msg;
    el.className = kind;
    el.hidden = msg === '';
  }

  // run sends one request with its loading and error states shown. Panel
  // details are "quiet": the panel shows what is drawn meanwhile, and the
  // status line keeps its message (e.g. a truncation notice).
  private async run<T>(req: GraphQLRequest, what: string, opts: { remember?: boolean; quiet?: boolean } = {}): Promise<T | null> {
    if (opts.remember !== false) {
      this.lastRequest = req;
      this.updateGraphiQLLink();
    }
    this.busy++;
    this.$('graph-wrap').setAttribute('aria-busy', 'true');
    if (!opts.quiet) this.status(`Loading ${what}…`, 'loading');
    try {
      const data = await gql<T>(req);
      if (!opts.quiet) this.status('');
      return data;
    } catch (err) {
      if ((err as Error).name === 'AbortError') return null;
      const msg = err instanceof ApiError ? err.message : String(err);
      this.status(`Could not load ${what}: ${msg}`, 'error');
      return null;
    } finally {
      this.busy--;
      if (this.busy === 0) this.$('graph-wrap').removeAttribute('aria-busy');
    }
  }

  private updateGraphiQLLink(): void {
    const a = this.$<HTMLAnchorElement>('graphiql-link');
    if (!this.lastRequest) {
      a.href = 'graphiql';
      return;
    }
    const p = new URLSearchParams({ query: this.lastRequest.query });
    if (this.lastRequest.variables) p.set('variables', JSON.stringify(this.lastRequest.variables, null, 2));
    // Keep pointing at the same API when the explorer was opened with ?api=.
    const api = new URLSearchParams(window.location.search).get('api');
    if (api) p.set('api', api);
    a.href = `graphiql?${p}`;
  }

  // ---- URL state ------------------------------------------------------------

  private navigate(view: View): void {
    const hash = formatHash({ view, lang: this.lang });
    if (window.location.hash === hash) void this.applyHash();
    else window.location.hash = hash;
  }

  private async applyHash(): Promise<void> {
    const st: UrlState = parseHash(window.location.hash, this.lang);
    if (st.lang !== this.lang) this.setLang(st.lang, false);
    const key = JSON.stringify(st.view);
    if (key === this.viewKey) return;
    this.viewKey = key;
    const v = st.view;
    switch (v.kind) {
      case 'entity':
        await this.showEntity(v.id);
        break;
      case 'path':
        await this.showPath(v.from, v.to, true);
        break;
      case 'preset': {
        const p = PRESETS.find((x) => x.name === v.name);
        if (p) await this.runPreset(p);
        else this.status(`No preset question named “${v.name}”.`, 'error');
        break;
      }
      case 'search':
        this.$<HTMLInputElement>('search').value = v.text;
        await this.suggest(v.text);
        break;
      default:
        break;
    }
  }

  // ---- drawing ----------------------------------------------------------------

  draw(g: Subgraph, mode: 'replace' | 'add', anchor?: string): void {
    const els = toElements(g, this.lang);
    const cy = this.cy;
    cy.batch(() => {
      if (mode === 'replace') cy.elements().remove();
      const fresh: ElementDefinition[] = [];
      for (const el of els) {
        const id = el.data.id as string;
        const existing = cy.getElementById(id);
        if (existing.nonempty()) {
          // Merge: a fact seen again may bring more evidence.
          if (el.group === 'edges') existing.data('evidence', el.data.evidence);
          continue;
        }
        fresh.push(el);
      }
      const added = cy.add(fresh);
      if (anchor && mode === 'add') {
        const a = cy.getElementById(anchor);
        if (a.nonempty()) added.nodes().positions(() => ({ x: a.position('x') + Math.random() * 40 - 20, y: a.position('y') + Math.random() * 40 - 20 }));
      }
    });
    this.applyFilters();
    this.layout(mode === 'replace', anchor);
    this.$('empty').hidden = cy.nodes().length > 0;
    this.$('cy').dataset.nodes = String(cy.nodes().length);
    this.$('cy').dataset.edges = String(cy.edges().length);
    if (this.firstGraphMs === null && cy.nodes().length > 0) {
      this.firstGraphMs = performance.now();
      performance.mark('policygraph:first-graph');
    }
  }

  private layout(fit: boolean, centre?: string): void {
    const cy = this.cy;
    const visible = cy.elements(':visible');
    const n = visible.nodes().length;
    cy.edges().toggleClass('nolabel', cy.edges().length > EDGE_LABEL_MAX);
    if (n <= FORCE_LAYOUT_MAX) {
      visible
        .layout({
          // fcose: spectral start then force refinement; settles in one pass, no endless physics.
          name: 'fcose',
          animate: false,
          randomize: fit,
          fit: true,
          padding: 40,
          quality: n > 60 ? 'default' : 'proof',
          nodeDimensionsIncludeLabels: true,
          nodeRepulsion: () => 9000,
          idealEdgeLength: () => 110,
          nodeSeparation: 80,
        } as cytoscape.LayoutOptions)
        .run();
      this.capZoom();
      return;
    }
    const pos = ringPositions(
      visible.nodes().map((x) => x.id()),
      visible.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
      centre ?? cy.nodes(':selected').first().id(),
    );
    visible.layout({ name: 'preset', positions: (node: NodeSingular) => pos.get(node.id()) ?? { x: 0, y: 0 }, fit: true, padding: 30, animate: false } as cytoscape.LayoutOptions).run();
  }

  // A fit on two or three nodes zooms in absurdly; keep text at a readable size.
  private capZoom(): void {
    if (this.cy.zoom() > 1.4) {
      this.cy.zoom(1.4);
      this.cy.center();
    }
  }

  private relabel(): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.data('label', nodeLabel(n.data() as GNode, this.lang));
      });
    });
  }

  // ---- entity, expand, collapse, remove ----------------------------------------

  private async fetchNeighborhood(id: string): Promise<Subgraph | null> {
    const limit = 300;
    const data = await this.run<{ neighborhood: { truncated?: boolean } | null }>(
      { query: NEIGHBORHOOD, variables: { id, depth: 1, limit } },
      'neighbours',
    );
    if (!data) return null;
    if (!data.neighborhood) {
      this.status(`Nothing found with id ${id}.`, 'error');
      return null;
    }
    const g = collectSubgraph(data);
    if (data.neighborhood.truncated) this.status(`${id} has more neighbours than the ${limit} drawn; use the filters or GraphiQL for the rest.`, 'info');
    return g;
  }

  async showEntity(id: string): Promise<void> {
    const g = await this.fetchNeighborhood(id);
    if (!g) return;
    this.draw(g, 'replace', id);
    const node = this.cy.getElementById(id);
    this.cy.nodes().unselect();
    node.select();
    await this.openNode(id);
  }

  async expand(id: string): Promise<void> {
    const g = await this.fetchNeighborhood(id);
    if (!g) return;
    const before = this.cy.nodes().length;
    this.draw(g, 'add', id);
    const added = this.cy.nodes().length - before;
    this.status(added ? `Added ${added} neighbour${added === 1 ? '' : 's'}.` : 'No new neighbours.', 'info');
  }

  collapse(id: string): void {
    const node = this.cy.getElementById(id);
    // Remove neighbours that hang only on this node; shared ones stay.
    const leaves = node.neighborhood().nodes().filter((n) => n.neighborhood().nodes().difference(node).empty());
    leaves.remove();
    this.status(`Collapsed ${leaves.length} node${leaves.length === 1 ? '' : 's'}.`, 'info');
    this.afterRemove();
  }

  remove(id: string): void {
    this.cy.getElementById(id).remove();
    this.afterRemove();
    const panel = this.$('panel');
    panel.innerHTML = '<p class="hint">Removed. Click another node.</p>';
    panel.dataset.entity = '';
  }

  private afterRemove(): void {
    this.$('empty').hidden = this.cy.nodes().length > 0;
    this.$('cy').dataset.nodes = String(this.cy.nodes().length);
    this.$('cy').dataset.edges = String(this.cy.edges().length);
  }

  // ---- side panel ---------------------------------------------------------------

  private panelSeq = 0;

  private async openNode(id: string): Promise<void> {
    const seq = ++this.panelSeq;
    // Show what the drawing already knows at once; the full record follows.
    const drawn = this.cy.getElementById(id);
    if (drawn.nonempty()) this.renderEntity({ ...(drawn.data() as GNode), relations: this.drawnRelations(id) }, true);
    const data = await this.run<{ entity: (GNode & { relations: RelationEdgeResult[] }) | null }>(
      { query: ENTITY, variables: { id } },
      'details',
      { remember: false, quiet: true },
    );
    if (!data || seq !== this.panelSeq) return; // a later click owns the panel
    const panel = this.$('panel');
    if (!data.entity) {
      panel.innerHTML = '';
      panel.append(el('p', { class: 'error' }, `No entity with id ${id}.`));
      return;
    }
    this.renderEntity(data.entity);
  }

  // drawnRelations lists the facts of a drawn node as the panel shows them.
  private drawnRelations(id: string): RelationEdgeResult[] {
    const node = this.cy.getElementById(id);
    return node.connectedEdges().map((e) => {
      const out = e.source().id() === id;
      return {
        type: e.data('type') as string,
        direction: out ? 'OUT' : 'IN',
        date: e.data('date') as string | null,
        node: (out ? e.target() : e.source()).data() as GNode,
        evidence: (e.data('evidence') as GEvidence[]) ?? [],
      };
    });
  }

  private renderEntity(e: GNode & { relations: RelationEdgeResult[] }, partial = false): void {
    const panel = this.$('panel');
    panel.innerHTML = '';
    panel.dataset.entity = e.id;
    panel.dataset.edge = '';
    panel.dataset.complete = String(!partial);
    const st = styleFor(e.type);
    panel.append(
      el('div', { class: 'type-badge', style: `background:${st.color}` }, `${e.type} · ${st.zh}`),
      el('h2', { id: 'panel-title' }, this.lang === 'zh' ? e.nameZh || e.name : e.name || e.nameZh || e.id),
    );
    const dl = el('dl', { class: 'names' });
    const row = (k: string, v: string | null | undefined) => {
      if (!v) return;
      dl.append(el('dt', {}, k), el('dd', {}, v));
    };
    row('中文', e.nameZh);
    row('English', e.name !== e.nameZh ? e.name : null);
    row('Abbr.', e.abbr);
    row('Kind', e.kind);
    row(e.type === 'Meeting' ? 'Date' : 'Dated', e.date ? (e.endDate ? `${e.date} – ${e.endDate}` : e.date) : null);
    row('Place', e.place);
    row('Role', e.role);
    row('Also', e.aliases?.length ? e.aliases.join('、') : null);
    row('Id', e.id);
    panel.append(dl);

    const node: GNode = { id: e.id, type: e.type, name: e.name, nameZh: e.nameZh, abbr: e.abbr };
    const actions = el('div', { class: 'panel-actions' });
    const btn = (label: string, f: () => void, name: string) => {
      const b = el('button', { type: 'button', 'data-action': name }, label) as HTMLButtonElement;
      b.addEventListener('click', f);
      actions.append(b);
    };
    btn('Expand', () => void this.expand(e.id), 'expand');
    btn('Collapse', () => this.collapse(e.id), 'collapse');
    btn('Remove', () => this.remove(e.id), 'remove');
    btn('Path from', () => this.setPathEnd('from', node), 'path-from');
    btn('Path to', () => this.setPathEnd('to', node), 'path-to');
    btn('Centre', () => this.navigate({ kind: 'entity', id: e.id }), 'centre');
    panel.append(actions);

    const groups = new Map<string, RelationEdgeResult[]>();
    for (const r of e.relations ?? []) {
      const k = `${r.type}|${r.direction}`;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)!.push(r);
    }
    const rels = el('section', { class: 'relations', 'aria-labelledby': 'rel-title' });
    rels.append(el('h3', { id: 'rel-title' }, `${partial ? 'Relations drawn' : 'Relations'} (${e.relations?.length ?? 0})`));
    for (const [k, list] of [...groups.entries()].sort()) {
      const [type, dir] = k.split('|');
      const det = el('details', { open: '', 'data-rel': type, 'data-dir': dir });
      det.append(el('summary', {}, `${dir === 'IN' ? '← ' : '→ '}${type} (${list.length})`));
      const ul = el('ul', {});
      for (const r of list) {
        const li = el('li', {});
        const link = el('a', { href: formatHash({ view: { kind: 'entity', id: r.node.id }, lang: this.lang }), class: 'entity-link' }, nodeLabel(r.node, this.lang));
        li.append(el('span', { class: 'dot', style: `background:${styleFor(r.node.type).color}` }), link);
        if (r.date) li.append(el('span', { class: 'date' }, ` ${r.date}`));
        li.append(this.evidenceList(r.evidence, [e, r.node]));
        ul.append(li);
      }
      det.append(ul);
      rels.append(det);
    }
    panel.append(rels);
  }

  private evidenceList(ev: GEvidence[], ends: Array<Partial<GNode>>): HTMLElement {
    const box = el('div', { class: 'evidence-list' });
    if (!ev.length) {
      box.append(el('p', { class: 'hint' }, 'No sentence: from reference data.'));
      return box;
    }
    const names = ends.flatMap((n) => [n.name, n.nameZh, n.abbr, ...(n.aliases ?? [])]);
    for (const x of ev) {
      const q = el('blockquote', { class: 'evidence' });
      for (const seg of highlight(x.text, names)) q.append(seg.hit ? el('mark', {}, seg.text) : this.doc.createTextNode(seg.text));
      const src = el('cite', {}, `${x.document?.title ?? x.document?.id ?? 'unknown document'}${x.start != null ? ` [${x.start}–${x.end}]` : ''}`);
      box.append(q, src);
    }
    return box;
  }

  private openEdge(edge: EdgeSingular): void {
    this.panelSeq++;
    const panel = this.$('panel');
    panel.innerHTML = '';
    panel.dataset.entity = '';
    panel.dataset.edge = edge.id();
    const src = edge.source().data() as GNode;
    const dst = edge.target().data() as GNode;
    panel.append(
      el('div', { class: 'type-badge', style: 'background:#374151' }, `Fact · ${edge.data('type')}`),
      el('h2', {}, `${nodeLabel(src, this.lang)} → ${edge.data('type')} → ${nodeLabel(dst, this.lang)}`),
    );
    if (edge.data('date')) panel.append(el('p', {}, `Date: ${edge.data('date')}`));
    panel.append(this.evidenceList((edge.data('evidence') as GEvidence[]) ?? [], [src, dst]));
  }

  // ---- paths ----------------------------------------------------------------------

  private setPathEnd(which: 'from' | 'to', n: GNode): void {
    if (which === 'from') this.pathFrom = n;
    else this.pathTo = n;
    this.renderPathEnds();
  }

  private renderPathEnds(): void {
    this.$('path-from').textContent = this.pathFrom ? nodeLabel(this.pathFrom, this.lang) : '—';
    this.$('path-to').textContent = this.pathTo ? nodeLabel(this.pathTo, this.lang) : '—';
    this.$<HTMLButtonElement>('find-path').disabled = !(this.pathFrom && this.pathTo);
  }

  async showPath(from: string, to: string, replace: boolean): Promise<void> {
    const data = await this.run<{ path: unknown[] }>({ query: PATH, variables: { from, to, maxHops: 4 } }, 'path');
    if (!data) return;
    if (!data.path?.length) {
      this.status(`No connection within 4 hops between ${from} and ${to}.`, 'error');
      return;
    }
    const g = collectSubgraph(data);
    this.draw(g, replace ? 'replace' : 'add');
    this.cy.elements().removeClass('path');
    this.cy.batch(() => {
      for (const n of g.nodes) this.cy.getElementById(n.id).addClass('path');
      for (const e of g.edges) this.cy.getElementById(`${e.from}|${e.type}|${e.to}`).addClass('path');
    });
    this.$('cy').dataset.pathLength = String(g.edges.length);
    this.status(`Path: ${g.nodes.map((n) => nodeLabel(n, this.lang)).join(' — ')}`, 'info');
  }

  // ---- presets --------------------------------------------------------------------

  async runPreset(p: Preset): Promise<void> {
    const data = await this.run<unknown>({ query: p.query, variables: p.variables }, `“${p.title}”`);
    if (!data) return;
    const g = collectSubgraph(data);
    if (!g.nodes.length) {
      this.status(`“${p.title}”: nothing found.`, 'error');
      this.draw(g, 'replace');
      return;
    }
    this.draw(g, 'replace');
    this.status(`“${p.title}”: ${g.nodes.length} entities, ${g.edges.length} facts.`, 'info');
  }

  private buildPresets(): void {
    const nav = this.$('presets');
    for (const p of PRESETS) {
      const b = el('button', { type: 'button', 'data-preset': p.name, title: p.description ?? p.title }, p.title);
      b.addEventListener('click', () => this.navigate({ kind: 'preset', name: p.name }));
      nav.append(b);
    }
  }

  // ---- search ---------------------------------------------------------------------

  private wireSearch(): void {
    const input = this.$<HTMLInputElement>('search');
    const list = this.$('suggestions');
    input.addEventListener('input', () => {
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => void this.suggest(input.value), 180);
    });
    input.addEventListener('keydown', (ev) => {
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        if (!this.hits.length) return;
        this.active = (this.active + (ev.key === 'ArrowDown' ? 1 : -1) + this.hits.length) % this.hits.length;
        this.renderSuggestions();
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        const hit = this.hits[this.active >= 0 ? this.active : 0];
        if (hit) this.pick(hit);
        else void this.suggest(input.value, true);
      } else if (ev.key === 'Escape') {
        this.closeSuggestions();
      }
    });
    input.addEventListener('blur', () => setTimeout(() => this.closeSuggestions(), 150));
    list.addEventListener('mousedown', (ev) => ev.preventDefault()); // keep focus for click
    this.doc.addEventListener('keydown', (ev) => {
      const t = ev.target as HTMLElement;
      if (ev.key === '/' && !(t instanceof HTMLInputElement) && !(t instanceof HTMLTextAreaElement)) {
        ev.preventDefault();
        input.focus();
      }
    });
  }

  private async suggest(text: string, immediate = false): Promise<void> {
    const q = text.trim();
    if (!q) {
      this.closeSuggestions();
      return;
    }
    this.searchAbort?.abort();
    const ctl = new AbortController();
    this.searchAbort = ctl;
    try {
      const data = await gql<{ search: SearchHit[] }>({ query: SEARCH, variables: { text: q, first: 12 } }, { signal: ctl.signal });
      if (ctl.signal.aborted) return;
      this.hits = data.search ?? [];
      this.active = this.hits.length ? 0 : -1;
      this.renderSuggestions(q);
      if (immediate && this.hits[0]) this.pick(this.hits[0]);
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.hits = [];
      this.renderSuggestions(q, err instanceof ApiError ? err.message : String(err));
    }
  }

  private renderSuggestions(q = '', error?: string): void {
    const list = this.$('suggestions');
    const input = this.$<HTMLInputElement>('search');
    list.innerHTML = '';
    if (error) {
      list.append(el('li', { class: 'error', role: 'option', 'aria-disabled': 'true' }, `Search failed: ${error}`));
    } else if (!this.hits.length) {
      list.append(el('li', { class: 'none', role: 'option', 'aria-disabled': 'true' }, `Nothing found for “${q}”.`));
    }
    this.hits.forEach((h, i) => {
      const st = styleFor(h.node.type);
      const li = el('li', { role: 'option', id: `sugg-${i}`, 'aria-selected': String(i === this.active), 'data-id': h.node.id });
      li.append(
        el('span', { class: 'type-badge', style: `background:${st.color}` }, h.node.type),
        el('span', { class: 'zh' }, h.node.nameZh ?? ''),
        el('span', { class: 'en' }, h.node.name && h.node.name !== h.node.nameZh ? h.node.name : ''),
        el('span', { class: 'abbr' }, h.node.abbr ? `(${h.node.abbr})` : ''),
      );
      li.addEventListener('click', () => this.pick(h));
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) input.setAttribute('aria-activedescendant', `sugg-${this.active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  private closeSuggestions(): void {
    const list = this.$('suggestions');
    list.hidden = true;
    this.$('search').setAttribute('aria-expanded', 'false');
  }

  private pick(h: SearchHit): void {
    this.closeSuggestions();
    this.$<HTMLInputElement>('search').value = nodeLabel(h.node, this.lang);
    this.navigate({ kind: 'entity', id: h.node.id });
  }

  // ---- filters, legend, language, export ---------------------------------------------

  private buildLegend(): void {
    const legend = this.$('legend');
    for (const [type, st] of Object.entries(TYPE_STYLES)) {
      // A legend entry toggles its type, like the checkbox in the sidebar.
      const item = el('button', { type: 'button', class: 'legend-item', title: `Show or hide ${type}`, 'data-type': type },
        el('span', { class: `swatch shape-${st.shape}`, style: `background:${st.color}` }), `${type} ${st.zh}`);
      item.addEventListener('click', () => this.$<HTMLInputElement>(`f-${type}`).click());
      legend.append(item);
    }
  }

  private buildFilters(): void {
    const mk = (box: HTMLElement, values: readonly string[], hidden: Set<string>, label: (v: string) => string) => {
      for (const v of values) {
        const id = `f-${v}`;
        const input = el('input', { type: 'checkbox', id, checked: '', 'data-filter': v }) as HTMLInputElement;
        input.addEventListener('change', () => {
          if (input.checked) hidden.delete(v);
          else hidden.add(v);
          this.applyFilters();
        });
        box.append(el('label', { for: id }, input, label(v)));
      }
    };
    mk(this.$('type-filters'), ENTITY_TYPES, this.hiddenTypes, (v) => ` ${v} ${styleFor(v).zh}`);
    mk(this.$('rel-filters'), RELATION_TYPES, this.hiddenRels, (v) => ` ${v}`);
  }

  private applyFilters(): void {
    this.doc.querySelectorAll<HTMLElement>('#legend .legend-item').forEach((b) => {
      b.classList.toggle('off', this.hiddenTypes.has(b.dataset.type ?? ''));
      b.setAttribute('aria-pressed', String(!this.hiddenTypes.has(b.dataset.type ?? '')));
    });
    this.cy.batch(() => {
      this.cy.elements().removeClass('filtered');
      this.cy.nodes().filter((n) => this.hiddenTypes.has(n.data('type'))).addClass('filtered');
      this.cy.edges().filter((e) => this.hiddenRels.has(e.data('type'))).addClass('filtered');
    });
  }

  private setLang(lang: Lang, updateHash = true): void {
    this.lang = lang;
    const b = this.$('lang');
    b.textContent = lang === 'zh' ? 'EN' : '中文';
    b.setAttribute('aria-pressed', String(lang === 'en'));
    this.doc.documentElement.lang = lang === 'zh' ? 'zh-Hant' : 'en';
    this.relabel();
    this.renderPathEnds();
    if (updateHash) {
      const st = parseHash(window.location.hash, this.lang);
      history.replaceState(null, '', formatHash({ view: st.view, lang }));
    }
    const selected = this.cy.nodes(':selected');
    if (selected.nonempty()) void this.openNode(selected.first().id());
  }

  private wireButtons(): void {
    this.$('lang').addEventListener('click', () => this.setLang(this.lang === 'zh' ? 'en' : 'zh'));
    this.$('find-path').addEventListener('click', () => {
      if (this.pathFrom && this.pathTo) this.navigate({ kind: 'path', from: this.pathFrom.id, to: this.pathTo.id });
    });
    this.$('clear-path').addEventListener('click', () => {
      this.pathFrom = this.pathTo = null;
      this.renderPathEnds();
      this.cy.elements().removeClass('path');
    });
    this.$('relayout').addEventListener('click', () => this.layout(true));
    this.$('fit').addEventListener('click', () => {
      this.cy.fit(undefined, 30);
      this.capZoom();
    });
    this.$('clear').addEventListener('click', () => {
      this.cy.elements().remove();
      this.afterRemove();
      this.viewKey = '';
      history.replaceState(null, '', formatHash({ view: { kind: 'home' }, lang: this.lang }));
    });
    this.$('export-png').addEventListener('click', () => {
      const blob = this.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }) as unknown as Blob;
      download(blob, 'policygraph.png');
    });
    this.$('export-json').addEventListener('click', () => {
      const json = JSON.stringify(this.exportJSON(), null, 2);
      download(new Blob([json], { type: 'application/json' }), 'policygraph.json');
    });
  }

  // exportJSON is the drawn view as {nodes, edges} in the API's own shapes.
  exportJSON(): Subgraph {
    const nodes = this.cy.nodes().map((n) => {
      const { label: _label, ...d } = n.data() as GNode & { label: string };
      return d as GNode;
    });
    const edges = this.cy.edges().map((e) => ({
      type: e.data('type') as string,
      from: e.data('source') as string,
      to: e.data('target') as string,
      date: e.data('date') as string | null,
      evidence: (e.data('evidence') as GEvidence[]) ?? [],
    }));
    return mergeSubgraphs({ nodes, edges: edges as GEdge[] });
  }

  // Test and console helpers (read-only).
  get graph(): Core {
    return this.cy;
  }
  get language(): Lang {
    return this.lang;
  }
}

function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

type Child = Node | string;

function el(tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function stylesheet(): StylesheetJson {
  const s: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'font-family': '"Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'min-zoomed-font-size': 7,
        width: 26,
        height: 26,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        'font-size': 8,
        color: '#4b5563',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 9,
        width: 1.5,
        'line-color': '#9ca3af',
        'target-arrow-color': '#9ca3af',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
    { selector: 'edge:selected', style: { width: 3, 'line-color': '#111827', 'target-arrow-color': '#111827' } },
    { selector: 'node.path', style: { 'border-color': '#f59e0b', 'border-width': 5, 'z-index': 10 } },
    { selector: 'edge.path', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', width: 4, 'z-index': 10 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'edge.nolabel', style: { label: '' } },
    { selector: 'edge.nolabel:selected, edge.nolabel.hover, edge.nolabel.path', style: { label: 'data(label)' } },
  ];
  for (const [type, st] of Object.entries(TYPE_STYLES)) {
    s.push({ selector: `node.${type}`, style: { 'background-color': st.color, shape: st.shape as never } });
  }
  return s;
}
