// Preset questions, shared by the explorer's buttons and GraphiQL's saved
// collection. The researchers' saved queries in ../examples/queries/*.graphql
// are bundled as they are (a file's first "# " comment line is its title; a
// sibling .json file holds its variables); the built-ins below fill in for
// any question that has no file yet, so both pages always offer the same set.

export interface Preset {
  name: string; // file name without .graphql; used in #/preset/<name>
  title: string; // the button's short question
  description?: string; // the file's own first comment line, when longer
  query: string;
  variables?: Record<string, unknown>;
}

const NODE = 'id type name nameZh abbr';
const EVIDENCE = 'evidence { text start end document { id title } }';

export const BUILTIN_PRESETS: Preset[] = [
  {
    name: 'sbom_signatories',
    title: 'Who signed SBOM guidance?',
    query: `# Who signed SBOM guidance?
query SbomSignatories {
  signatories(technology: "SBOM") {
    ${NODE} kind date
    signatories { date node { ${NODE} } ${EVIDENCE} }
    technologies { node { ${NODE} } ${EVIDENCE} }
  }
}`,
  },
  {
    name: 'telwg70_attendees',
    title: 'Who attended APEC TELWG 70?',
    query: `# Who attended APEC TELWG 70?
query TelwgAttendees {
  search(text: "TELWG", types: [Meeting], first: 3) {
    node {
      ${NODE}
      ... on Meeting {
        date endDate place
        attendees { date node { ${NODE} } ${EVIDENCE} }
        heldIn { node { ${NODE} } ${EVIDENCE} }
      }
    }
  }
}`,
  },
  {
    name: 'ttc6_ministerial',
    title: 'Where and when was the 6th TTC ministerial, and what did it cover?',
    query: `# Where and when was the 6th TTC ministerial, and what did it cover?
query TtcMinisterial {
  search(text: "TTC", types: [Meeting], first: 3) {
    node {
      ${NODE}
      ... on Meeting {
        date endDate place
        heldIn { node { ${NODE} } ${EVIDENCE} }
        technologies { node { ${NODE} } ${EVIDENCE} }
        issued { node { ${NODE} } ${EVIDENCE} }
        attendees { node { ${NODE} } ${EVIDENCE} }
      }
    }
  }
}`,
  },
  {
    name: 'moda_agencies',
    title: "Which agencies sit under Taiwan's Ministry of Digital Affairs?",
    query: `# Which agencies sit under Taiwan's Ministry of Digital Affairs?
query ModaUnits {
  search(text: "數位發展部", types: [Agency], first: 1) {
    node {
      ${NODE}
      ... on Agency {
        country { node { ${NODE} } ${EVIDENCE} }
        units { node { ${NODE} } ${EVIDENCE} }
      }
    }
  }
}`,
  },
  {
    name: 'japan_sbom_path',
    title: 'What connects Japan and SBOM?',
    query: `# What connects Japan and SBOM?
query JapanSbom {
  path(from: "country:JP", to: "technology:sbom", maxHops: 4, first: 3) {
    length
    nodes { ${NODE} }
    hops { type date from { id } to { id } ${EVIDENCE} }
  }
}`,
  },
  {
    name: 'ai_signatories',
    title: 'Who signed AI guidance?',
    query: `# Who signed AI guidance?
query AiSignatories {
  signatories(technology: "AI") {
    ${NODE} kind date
    signatories { date node { ${NODE} } ${EVIDENCE} }
  }
}`,
  },
];

// titleOf takes the first "# " comment line of a query file.
export function titleOf(query: string, fallback: string): string {
  for (const line of query.split('\n')) {
    const t = line.trim();
    if (t.startsWith('#')) {
      const s = t.replace(/^#+\s*/, '');
      if (s) return s;
    } else if (t) break;
  }
  return fallback;
}

// mergePresets lets saved example files replace the query of the built-in of
// the same name (the built-in's short title stays the button label) and adds
// the other files; order: built-ins first (stable buttons), then new files.
export function mergePresets(
  builtin: Preset[],
  files: Record<string, string>,
  variables: Record<string, string> = {},
): Preset[] {
  const byName = new Map(builtin.map((p) => [p.name, p]));
  const order = builtin.map((p) => p.name);
  for (const [path, query] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const name = path.split('/').pop()!.replace(/\.graphql$/, '');
    let vars: Record<string, unknown> | undefined;
    const vpath = path.replace(/\.graphql$/, '.json');
    if (variables[vpath]) {
      try {
        vars = JSON.parse(variables[vpath]);
      } catch {
        vars = undefined; // a broken variables file: run the query without them
      }
    }
    const fileTitle = titleOf(query, name.replace(/[-_]/g, ' '));
    const builtin = byName.get(name);
    if (!builtin) order.push(name);
    byName.set(name, {
      name,
      title: builtin?.title ?? fileTitle,
      description: fileTitle,
      query,
      variables: vars,
    });
  }
  return order.map((n) => byName.get(n)!);
}

const exampleFiles = import.meta.glob('../../examples/queries/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const exampleVars = import.meta.glob('../../examples/queries/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const PRESETS: Preset[] = mergePresets(BUILTIN_PRESETS, exampleFiles, exampleVars);
