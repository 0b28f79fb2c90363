// NewsGraph explorer: search entities, draw their facts with Cytoscape.js, show each fact's
// evidence, and run SPARQL queries in YASGUI's editor, all against this server's read-only endpoint.
//
// Everything that comes from the data goes into the page through textContent or attribute
// setters, never through innerHTML. State for tests and scripts is mirrored on <body>:
//   data-nodes, data-edges  the graph's node and edge counts once it is drawn
//   data-entity             the IRI of the entity shown
//   data-evidence           the number of evidence items shown
//   data-query-rows         the number of rows of the last query run
// The URL parameter ?entity=IRI opens an entity directly; window.newsgraphExplorer.cy() is the
// Cytoscape.js instance of the graph shown, and window.newsgraphExplorer.editor() the query editor
// (YASQE), for scripts and tests.
(function () {
  'use strict';

  const ENDPOINT = '/newsgraph/sparql';
  const PREFIXES_URL = '/explorer/prefixes.json';
  const TERMS_URL = '/explorer/terms.json';
  const NG = 'https://w3id.org/newsgraph/ontology#';
  const ID = 'https://w3id.org/newsgraph/id/';
  const PREFIXES = [
    'PREFIX ng: <' + NG + '>',
    'PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>',
    'PREFIX oa: <http://www.w3.org/ns/oa#>',
    'PREFIX schema: <http://schema.org/>',
    ''
  ].join('\n');
  const SHORT = [
    ['ng:', NG],
    ['id:', ID],
    ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
    ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
    ['owl:', 'http://www.w3.org/2002/07/owl#'],
    ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],
    ['oa:', 'http://www.w3.org/ns/oa#'],
    ['schema:', 'http://schema.org/'],
    ['wd:', 'http://www.wikidata.org/entity/']
  ];
  const TYPES = ['Person', 'Organization', 'Country', 'Group', 'Place', 'Office', 'Topic'];
  // The explorer's own queries ask for no more than a page can show, so that a hub entity of a
  // large store costs the server a bounded answer.
  const MAX_FACTS = 400;
  const MAX_EVIDENCE = 50;
  const MAX_DETAILS = 200;

  const $ = (id) => document.getElementById(id);
  let cy = null;
  let currentEntity = null;
  let facts = new Map(); // fact IRI -> {kind, from, to, ...}
  let labels = new Map(); // IRI -> label

  // ------------------------------------------------------------------ helpers

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function setStatus(id, text, isError) {
    const node = $(id);
    node.textContent = text || '';
    node.classList.toggle('error', !!isError);
  }

  /** An IRI as a SPARQL term; refuses anything that could break out of <...>. */
  function iri(value) {
    if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(value)) {
      throw new Error('not an IRI: ' + value);
    }
    return '<' + value + '>';
  }

  /** A string as a SPARQL string literal. */
  function literal(value) {
    return '"' + String(value).replace(/[\\"]/g, (c) => '\\' + c)
      .replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t') + '"';
  }

  function shorten(value) {
    for (const [prefix, ns] of SHORT) {
      const local = value.slice(ns.length);
      if (value.startsWith(ns) && (prefix === 'id:' ? /^[\w.%/-]*$/ : /^[\w.%-]*$/).test(local)) {
        return prefix + local;
      }
    }
    return value;
  }

  function labelOf(value) {
    return labels.get(value) || shorten(value);
  }

  /** Whether an IRI names an entity the explorer can open (not a fact nor an evidence node). */
  function isEntity(value) {
    return value.startsWith(ID) && !value.startsWith(ID + 'fact/') && !value.startsWith(ID + 'evidence/');
  }

  function entityHref(value) {
    return '?' + new URLSearchParams({ entity: value }).toString();
  }

  /** Posts a query; resolves to the parsed JSON results or, for graphs, to {text}. */
  async function sparql(query) {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/sparql-results+json, text/turtle;q=0.9'
      },
      body: new URLSearchParams({ query: query })
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error('HTTP ' + response.status + ': ' + text.trim().split('\n').slice(0, 3).join(' '));
    }
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) return JSON.parse(text);
    return { text: text, type: type };
  }

  function value(binding, name) {
    return binding[name] ? binding[name].value : null;
  }

  // ------------------------------------------------------------------ search

  /** The text without accents ("Orbán" to "Orban"): names written with accents carry such a skos:altLabel. */
  function unaccented(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '');
  }

  async function search(text) {
    const list = $('search-results');
    clear(list);
    const needle = text.trim();
    if (!needle) {
      setStatus('search-status', 'Type part of a name.');
      return;
    }
    setStatus('search-status', 'Searching…');
    const query = PREFIXES +
      'SELECT ?e (MIN(?l) AS ?label) (SAMPLE(?t) AS ?type) (COUNT(DISTINCT ?f) AS ?facts)\nWHERE {\n' +
      '  VALUES ?t { ' + TYPES.map((t) => 'ng:' + t).join(' ') + ' }\n' +
      '  ?e a ?t ; rdfs:label ?l ; rdfs:label|skos:altLabel ?name .\n' +
      '  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(' + literal(needle) + ')) || CONTAINS(LCASE(STR(?name)), LCASE(' +
        literal(unaccented(needle)) + ')))\n' +
      '  OPTIONAL { ?f ng:holder|ng:office|ng:successor|ng:predecessor|ng:endorser|ng:target|ng:actor ?e }\n' +
      '}\nGROUP BY ?e\nORDER BY DESC(?facts) ?label\nLIMIT 50';
    try {
      const rows = (await sparql(query)).results.bindings;
      for (const row of rows) {
        const entity = value(row, 'e');
        const item = el('li');
        const link = el('a', 'result');
        link.href = entityHref(entity);
        link.dataset.entity = entity;
        link.appendChild(el('span', 'name', value(row, 'label')));
        const count = Number(value(row, 'facts'));
        link.appendChild(el('span', 'type ' + shorten(value(row, 'type')).slice(3).toLowerCase(),
          shorten(value(row, 'type')).slice(3)));
        link.appendChild(el('span', 'count', count === 1 ? '1 fact' : count + ' facts'));
        link.addEventListener('click', (event) => {
          event.preventDefault();
          openEntity(entity, true);
        });
        item.appendChild(link);
        list.appendChild(item);
      }
      setStatus('search-status', rows.length === 0 ? 'No entity has a name containing “' + needle + '”.'
        : rows.length + (rows.length === 1 ? ' entity' : ' entities') + (rows.length === 50 ? ' (first 50)' : ''));
    } catch (error) {
      setStatus('search-status', 'Search failed: ' + error.message, true);
    }
  }

  // ------------------------------------------------------------------ graph

  function factsQuery(entity) {
    const e = iri(entity);
    return PREFIXES +
      'SELECT ?fact ?kind ?from ?to ?org ?office ?about (SAMPLE(?pct) AS ?percent) (SAMPLE(?sc) AS ?scope)\n' +
      '       (MIN(?dl) AS ?deadline) (GROUP_CONCAT(DISTINCT ?st; separator="/") AS ?status)\nWHERE {\n' +
      '  {\n' +
      '    ?fact a ng:RoleHolding ; ng:holder ?from ; ng:office ?to .\n' +
      '    OPTIONAL { ?to ng:ofOrganization ?org }\n' +
      '    FILTER(?from = ' + e + ' || ?to = ' + e + ' || ?org = ' + e + ')\n' +
      '    BIND("holds" AS ?kind)\n' +
      '  } UNION {\n' +
      '    ?fact a ng:Succession ; ng:successor ?from ; ng:predecessor ?to .\n' +
      '    OPTIONAL { ?fact ng:office ?office }\n' +
      '    FILTER(?from = ' + e + ' || ?to = ' + e + ' || ?office = ' + e + ')\n' +
      '    BIND("succeeds" AS ?kind)\n' +
      '  } UNION {\n' +
      '    ?fact a ng:Endorsement ; ng:endorser ?from ; ng:target ?to ; ng:polarity ?polarity .\n' +
      '    OPTIONAL { ?to ng:about ?about }\n' +
      '    FILTER(?from = ' + e + ' || ?to = ' + e + ' || ?about = ' + e + ')\n' +
      '    BIND(IF(?polarity = ng:Oppose, "opposes", "supports") AS ?kind)\n' +
      '  } UNION {\n' +
      '    ?fact a ng:SpendingTarget ; ng:actor ?from .\n' +
      '    FILTER(?from = ' + e + ')\n' +
      '    OPTIONAL { ?fact ng:percentOfGDP ?pct }\n' +
      '    OPTIONAL { ?fact ng:scope/rdfs:label ?sc }\n' +
      '    OPTIONAL { ?fact ng:deadline ?dl }\n' +
      '    OPTIONAL { ?fact ng:targetStatus/rdfs:label ?st }\n' +
      '    BIND("spending target" AS ?kind)\n' +
      '  }\n' +
      '}\nGROUP BY ?fact ?kind ?from ?to ?org ?office ?about\nORDER BY ?kind ?fact\nLIMIT ' + MAX_FACTS;
  }

  function nodesQuery(iris) {
    return PREFIXES +
      'SELECT ?n (MIN(?l) AS ?label) (SAMPLE(?t) AS ?type)\nWHERE {\n' +
      '  VALUES ?n { ' + iris.map(iri).join(' ') + ' }\n' +
      '  OPTIONAL { ?n rdfs:label ?l }\n' +
      '  OPTIONAL { VALUES ?t { ' + TYPES.map((t) => 'ng:' + t).join(' ') + ' } ?n a ?t }\n' +
      '}\nGROUP BY ?n';
  }

  function spendingLabel(fact) {
    const parts = [];
    parts.push((fact.percent !== null ? fact.percent + '%' : '?%') + ' of GDP');
    if (fact.scope) parts.push('(' + fact.scope + ')');
    if (fact.deadline) parts.push('by ' + fact.deadline);
    return parts.join(' ');
  }

  async function openEntity(entity, push) {
    try {
      iri(entity);
    } catch (error) {
      setStatus('graph-status', 'Not an entity IRI: ' + entity, true);
      return;
    }
    if (push) {
      history.pushState({ entity: entity }, '', entityHref(entity));
    }
    currentEntity = entity;
    hideOverview();
    delete document.body.dataset.nodes;
    delete document.body.dataset.edges;
    document.body.dataset.entity = entity;
    clear($('fact-list'));
    showNoFact();
    $('entity-title').textContent = shorten(entity);
    $('entity-meta').textContent = '';
    setStatus('graph-status', 'Loading facts…');
    try {
      const rows = (await sparql(factsQuery(entity))).results.bindings;
      if (entity !== currentEntity) return; // another entity was chosen meanwhile
      facts = new Map();
      for (const row of rows) {
        const fact = {
          iri: value(row, 'fact'),
          kind: value(row, 'kind'),
          from: value(row, 'from'),
          to: value(row, 'to'),
          org: value(row, 'org'),
          office: value(row, 'office'),
          about: value(row, 'about'),
          percent: value(row, 'percent'),
          scope: value(row, 'scope'),
          deadline: value(row, 'deadline'),
          status: value(row, 'status')
        };
        facts.set(fact.iri, fact);
      }
      const iris = new Set([entity]);
      for (const f of facts.values()) {
        [f.from, f.to, f.org, f.office, f.about].forEach((x) => { if (x) iris.add(x); });
      }
      const nodeRows = (await sparql(nodesQuery([...iris]))).results.bindings;
      if (entity !== currentEntity) return;
      const types = new Map();
      labels = new Map();
      for (const row of nodeRows) {
        if (value(row, 'label')) labels.set(value(row, 'n'), value(row, 'label'));
        if (value(row, 'type')) types.set(value(row, 'n'), shorten(value(row, 'type')).slice(3).toLowerCase());
      }
      draw(entity, types);
      listFacts();
      const type = types.get(entity);
      $('entity-title').textContent = labelOf(entity);
      const meta = $('entity-meta');
      meta.appendChild(el('span', 'type ' + (type || ''), type || 'entity'));
      meta.appendChild(el('code', 'iri', entity));
      linkToWikidata(entity, meta);
      setStatus('graph-status', facts.size === 0 ? 'No fact names this entity.'
        : facts.size + (facts.size === 1 ? ' fact' : ' facts') +
          (facts.size >= MAX_FACTS ? ' (the first ' + MAX_FACTS + '; the query box shows them all)' : '') + '. Click a node to open it, an edge for its evidence.');
    } catch (error) {
      setStatus('graph-status', 'Could not load the facts: ' + error.message, true);
    }
  }

  /** Appends a link to each Wikidata item the entity is the same as. */
  async function linkToWikidata(entity, meta) {
    const rows = (await sparql('SELECT DISTINCT ?item WHERE { ' + iri(entity) + ' <http://www.w3.org/2002/07/owl#sameAs> ?item ' +
      'FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q")) } LIMIT 5')).results.bindings;
    if (entity !== currentEntity) return;
    for (const row of rows) {
      const qid = value(row, 'item').slice('http://www.wikidata.org/entity/'.length);
      const link = el('a', 'wikidata', 'Wikidata ' + qid);
      link.href = 'https://www.wikidata.org/wiki/' + qid;
      link.rel = 'noopener';
      meta.appendChild(link);
    }
  }

  function draw(entity, types) {
    const elements = [];
    const nodes = new Set();
    function addNode(id, label, type, extra) {
      if (nodes.has(id)) return;
      nodes.add(id);
      elements.push({ group: 'nodes', data: Object.assign({ id: id, label: label, type: type || 'entity' }, extra || {}) });
    }
    function addLink(source, target, label) {
      const id = source + ' ' + label + ' ' + target;
      if (nodes.has(id)) return;
      nodes.add(id);
      elements.push({ group: 'edges', data: { id: id, source: source, target: target, label: label, kind: 'structure' } });
    }
    addNode(entity, labelOf(entity), types.get(entity), { center: 1 });
    for (const f of facts.values()) {
      addNode(f.from, labelOf(f.from), types.get(f.from));
      let target = f.to;
      if (f.kind === 'spending target') {
        target = f.iri + '#target';
        addNode(target, spendingLabel(f), 'value', { fact: f.iri });
      } else {
        addNode(target, labelOf(target), types.get(target));
      }
      let label = f.kind;
      if (f.kind === 'spending target' && f.status) label += ' (' + f.status + ')';
      elements.push({
        group: 'edges',
        data: { id: f.iri, source: f.from, target: target, label: label, kind: f.kind.replace(' ', '-'), fact: f.iri }
      });
      // A fact that reaches the entity through something else: draw that link too, dashed.
      if (f.from !== entity && f.to !== entity) {
        if (f.kind === 'holds' && f.org === entity) addLink(f.to, entity, 'office of');
        else if (f.kind === 'succeeds' && f.office === entity) addLink(f.to, entity, 'office');
        else if (f.about === entity) addLink(f.to, entity, 'about');
      }
    }
    if (cy) cy.destroy();
    cy = cytoscape({
      container: $('cy'),
      elements: elements,
      wheelSensitivity: 0.3,
      minZoom: 0.3,
      maxZoom: 2.5,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'text-wrap': 'wrap',
            'text-max-width': '150px',
            'font-size': '15px',
            'font-family': 'system-ui, sans-serif',
            color: '#1f2933',
            'text-valign': 'bottom',
            'text-margin-y': '4px',
            'text-background-color': '#fbfcfd',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
            width: 30,
            height: 30,
            'background-color': '#94a3b8',
            'border-width': 2,
            'border-color': '#ffffff'
          }
        },
        { selector: 'node[type = "person"]', style: { 'background-color': '#2563eb' } },
        { selector: 'node[type = "organization"], node[type = "group"]', style: { 'background-color': '#0d9488', shape: 'round-rectangle' } },
        { selector: 'node[type = "country"]', style: { 'background-color': '#059669', shape: 'round-rectangle' } },
        { selector: 'node[type = "office"]', style: { 'background-color': '#7c3aed', shape: 'diamond' } },
        { selector: 'node[type = "topic"]', style: { 'background-color': '#d97706', shape: 'round-tag' } },
        { selector: 'node[type = "place"]', style: { 'background-color': '#64748b' } },
        { selector: 'node[type = "value"]', style: { 'background-color': '#db2777', shape: 'round-rectangle', width: 22, height: 22 } },
        {
          selector: 'node[center = 1]',
          style: { width: 46, height: 46, 'font-size': '18px', 'font-weight': 'bold', 'border-color': '#111827', 'border-width': 3 }
        },
        {
          selector: 'edge',
          style: {
            label: 'data(label)',
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 1.1,
            width: 2,
            'line-color': '#94a3b8',
            'target-arrow-color': '#94a3b8',
            'font-size': '12px',
            'font-family': 'system-ui, sans-serif',
            color: '#334155',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.9,
            'text-background-padding': '2px'
          }
        },
        { selector: 'edge[kind = "holds"]', style: { 'line-color': '#7c3aed', 'target-arrow-color': '#7c3aed' } },
        { selector: 'edge[kind = "succeeds"]', style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb' } },
        { selector: 'edge[kind = "supports"]', style: { 'line-color': '#16a34a', 'target-arrow-color': '#16a34a' } },
        { selector: 'edge[kind = "opposes"]', style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626' } },
        { selector: 'edge[kind = "spending-target"]', style: { 'line-color': '#db2777', 'target-arrow-color': '#db2777' } },
        { selector: 'edge[kind = "structure"]', style: { 'line-style': 'dashed', width: 1, 'target-arrow-shape': 'none' } },
        { selector: 'edge:selected', style: { width: 4, 'z-index': 10 } },
        { selector: 'node:selected', style: { 'border-color': '#f59e0b', 'border-width': 4 } }
      ],
      layout: { name: 'preset' }
    });
    // Force-directed, with room for the labels; the entity is drawn larger and outlined.
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 70,
      edgeElasticity: () => 80,
      nodeRepulsion: () => 9000,
      gravity: 1.2,
      numIter: 1500,
      padding: 20
    }).run();
    // Fitted, so that every node is inside the box; a graph of a few nodes would be giant, so
    // it stays at a readable size (a large graph can be zoomed into).
    cy.fit(undefined, 20);
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
    cy.on('tap', 'edge', (event) => {
      const fact = event.target.data('fact');
      if (fact) showFact(fact);
    });
    cy.on('tap', 'node', (event) => {
      const node = event.target;
      if (node.data('fact')) {
        showFact(node.data('fact'));
      } else if (node.id() !== currentEntity && isEntity(node.id())) {
        openEntity(node.id(), true);
      }
    });
    document.body.dataset.nodes = String(cy.nodes().length);
    document.body.dataset.edges = String(cy.edges().length);
  }

  function factSummary(f) {
    const target = f.kind === 'spending target' ? spendingLabel(f) : labelOf(f.to);
    return [labelOf(f.from), f.kind, target];
  }

  function listFacts() {
    const list = $('fact-list');
    clear(list);
    for (const f of facts.values()) {
      const item = el('li');
      const button = el('button', 'fact ' + f.kind.replace(' ', '-'));
      button.type = 'button';
      button.dataset.fact = f.iri;
      const [from, kind, to] = factSummary(f);
      button.appendChild(el('span', 'from', from));
      button.appendChild(el('span', 'kind ' + f.kind.replace(' ', '-'), kind));
      button.appendChild(el('span', 'to', to));
      button.addEventListener('click', () => showFact(f.iri));
      item.appendChild(button);
      list.appendChild(item);
    }
  }

  // ------------------------------------------------------------------ evidence

  function showNoFact() {
    clear($('fact-detail'));
    const box = $('evidence');
    clear(box);
    box.appendChild(el('p', 'status', 'No fact chosen.'));
    delete document.body.dataset.evidence;
  }

  function evidenceQuery(fact) {
    return PREFIXES +
      'SELECT ?ev ?articleId (SAMPLE(?h) AS ?headline) ?text ?sentenceText ?sb ?se ?start ?end ?extractor ?confidence\nWHERE {\n' +
      '  ' + iri(fact) + ' ng:evidence ?ev .\n' +
      '  ?ev ng:article ?a ; ng:sentenceBegin ?sb ; ng:sentenceEnd ?se ; oa:hasSelector ?sel .\n' +
      '  ?sel oa:start ?start ; oa:end ?end .\n' +
      '  ?a ng:articleId ?articleId ; ng:text ?text .\n' +
      '  OPTIONAL { ?a schema:headline ?h }\n' +
      '  OPTIONAL { ?ev ng:sentenceText ?sentenceText }\n' +
      '  OPTIONAL { ?ev ng:extractor ?extractor }\n' +
      '  OPTIONAL { ?ev ng:confidence ?confidence }\n' +
      '}\nGROUP BY ?ev ?articleId ?text ?sentenceText ?sb ?se ?start ?end ?extractor ?confidence\n' +
      'ORDER BY ?articleId ?start ?ev\nLIMIT ' + MAX_EVIDENCE;
  }

  function detailQuery(fact) {
    return PREFIXES +
      'SELECT ?p ?o (MIN(?l) AS ?label)\nWHERE {\n' +
      '  ' + iri(fact) + ' ?p ?o .\n' +
      '  FILTER(?p NOT IN (ng:evidence))\n' +
      '  OPTIONAL { ?o rdfs:label ?l }\n' +
      '}\nGROUP BY ?p ?o\nORDER BY ?p ?o\nLIMIT ' + MAX_DETAILS;
  }

  async function showFact(factIri) {
    const f = facts.get(factIri);
    if (!f) return;
    if (cy) {
      cy.elements().unselect();
      const edge = cy.getElementById(factIri);
      if (edge.nonempty()) edge.select();
    }
    document.querySelectorAll('#fact-list button.fact').forEach((b) => {
      b.classList.toggle('selected', b.dataset.fact === factIri);
    });
    delete document.body.dataset.evidence;
    const detail = $('fact-detail');
    clear(detail);
    const [from, kind, to] = factSummary(f);
    const title = el('p', 'fact-title');
    title.appendChild(el('strong', null, from));
    title.appendChild(el('span', 'kind ' + f.kind.replace(' ', '-'), kind));
    title.appendChild(el('strong', null, to));
    detail.appendChild(title);
    const box = $('evidence');
    clear(box);
    box.appendChild(el('p', 'status', 'Loading evidence…'));
    try {
      const [details, evidence] = await Promise.all([sparql(detailQuery(factIri)), sparql(evidenceQuery(factIri))]);
      const props = el('dl', 'props');
      for (const row of details.results.bindings) {
        const p = shorten(value(row, 'p'));
        if (p === 'rdf:type') continue;
        props.appendChild(el('dt', null, p.replace(/^ng:/, '')));
        const o = row.o;
        props.appendChild(el('dd', null, value(row, 'label') || (o.type === 'uri' ? shorten(o.value) : o.value)));
      }
      const factLine = el('p', 'meta');
      factLine.appendChild(el('code', 'iri', factIri));
      detail.appendChild(props);
      detail.appendChild(factLine);
      clear(box);
      const rows = evidence.results.bindings;
      for (const row of rows) {
        box.appendChild(evidenceCard(row));
      }
      if (rows.length === 0) box.appendChild(el('p', 'status', 'This fact has no evidence with offsets.'));
      document.body.dataset.evidence = String(rows.length);
    } catch (error) {
      clear(box);
      box.appendChild(el('p', 'status error', 'Could not load the evidence: ' + error.message));
    }
  }

  /**
   * One piece of evidence: the sentence, cut from the article text by its offsets, with the
   * words that state the fact, [oa:start, oa:end), in a <mark>. The offsets count UTF-16 code
   * units, as JavaScript strings do, so String.prototype.slice cuts at the right places.
   */
  function evidenceCard(row) {
    // The offsets count Unicode code points (Web Annotation), so slice the text by code points.
    const text = Array.from(value(row, 'text'));
    const sb = Number(value(row, 'sb'));
    const se = Number(value(row, 'se'));
    const start = Number(value(row, 'start'));
    const end = Number(value(row, 'end'));
    const card = el('article', 'evidence');
    card.dataset.evidence = value(row, 'ev');
    card.dataset.article = value(row, 'articleId');
    card.dataset.start = String(start);
    card.dataset.end = String(end);
    const head = el('header');
    head.appendChild(el('span', 'article-id', value(row, 'articleId')));
    if (value(row, 'headline')) head.appendChild(el('span', 'headline', value(row, 'headline')));
    card.appendChild(head);
    const sentence = el('blockquote', 'sentence');
    const valid = Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length;
    if (valid) {
      // The sentence, widened if the span runs past it.
      const from = Math.max(0, Math.min(Number.isInteger(sb) ? sb : start, start));
      const to = Math.min(text.length, Math.max(Number.isInteger(se) ? se : end, end));
      sentence.appendChild(document.createTextNode(text.slice(from, start).join('')));
      sentence.appendChild(el('mark', null, text.slice(start, end).join('')));
      sentence.appendChild(document.createTextNode(text.slice(end, to).join('')));
    } else {
      sentence.textContent = value(row, 'sentenceText') || '';
      card.appendChild(el('p', 'status error', 'The offsets [' + start + ', ' + end + ') do not fit the article text.'));
    }
    card.appendChild(sentence);
    const foot = el('p', 'provenance');
    foot.appendChild(el('span', null, 'extractor '));
    foot.appendChild(el('code', null, value(row, 'extractor') || '?'));
    foot.appendChild(el('span', null, ' · confidence '));
    const confidence = value(row, 'confidence');
    foot.appendChild(el('strong', 'confidence', confidence === null ? '?' : Number(confidence).toFixed(2)));
    foot.appendChild(el('span', 'offsets', ' · characters ' + start + '–' + end));
    card.appendChild(foot);
    return card;
  }

  // ------------------------------------------------------------------ query box

  async function loadCannedList() {
    const select = $('canned-select');
    try {
      const response = await fetch('/queries/index.json');
      if (!response.ok) throw new Error('HTTP ' + response.status);
      for (const name of (await response.json()).queries) {
        const option = el('option', null, name);
        option.value = name;
        select.appendChild(option);
      }
    } catch (error) {
      setStatus('query-status', 'Could not list the canned queries: ' + error.message, true);
    }
  }

  async function loadCanned(name) {
    if (!name || !yasqe) return;
    setStatus('query-status', 'Loading ' + name + '.rq…');
    try {
      const response = await fetch('/queries/' + encodeURIComponent(name) + '.rq');
      if (!response.ok) throw new Error('HTTP ' + response.status);
      let text = await response.text();
      if (currentEntity) {
        // entity.rq and evidence-about.rq carry a commented VALUES line for their parameter: bind it to the open entity.
        text = text.replace(/^([ \t]*)# (VALUES \?(?:entity|resource) \{ )<[^>\s]*>( \})[ \t]*$/m, (m, indent, head, tail) => indent + head + iri(currentEntity) + tail);
      }
      yasqe.setValue(text);
      setStatus('query-status', name + '.rq loaded; press Ctrl-Enter or ▶.');
    } catch (error) {
      setStatus('query-status', 'Could not load ' + name + '.rq: ' + error.message, true);
    }
  }

  let yasqe = null;
  let yasr = null;

  /**
   * The query editor (YASQE) and its results (YASR), from the YASGUI bundle, on this server's
   * endpoint. The editor completes the graph's prefixes (served by this server in prefix.cc's
   * format), the query's variables, and the ontology's classes and properties (served by this
   * server too, in place of YASQE's stock completion, which asks a vocabulary service on the web).
   * The share button gives this page's URL with the query in its fragment (#query=...), which the
   * editor reads back when the page opens.
   */
  function startEditor() {
    if (typeof Yasgui !== 'function') {
      setStatus('query-status', 'The query editor did not load from /webjars/.', true);
      return;
    }
    const terms = fetch(TERMS_URL).then((response) => response.json());
    Yasgui.Yasqe.forkAutocompleter('class', { name: 'ontologyClasses', bulk: true, get: () => terms.then((t) => t.classes) }, false);
    Yasgui.Yasqe.forkAutocompleter('property', { name: 'ontologyProperties', bulk: true, get: () => terms.then((t) => t.properties) }, false);
    Yasgui.Yasqe.defaults.autocompleters = ['prefixes', 'variables', 'ontologyClasses', 'ontologyProperties'];
    yasqe = new Yasgui.Yasqe($('query-editor'), {
      value: PREFIXES + 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10',
      prefixCcApi: PREFIXES_URL,
      requestConfig: { endpoint: ENDPOINT, method: 'POST' },
      persistenceId: null,
      editorHeight: '240px'
    });
    const shortNames = Object.fromEntries(SHORT.map(([prefix, ns]) => [prefix.slice(0, -1), ns]));
    yasr = new Yasgui.Yasr($('query-results'), {
      persistenceId: null,
      prefixes: () => Object.assign({}, shortNames, yasqe.getPrefixesFromQuery())
    });
    yasqe.on('query', () => {
      delete document.body.dataset.queryRows;
      setStatus('query-status', 'Running…');
    });
    yasqe.on('queryResponse', (instance, response, duration) => {
      yasr.setResponse(response, duration);
      showOutcome(duration);
    });
    $('query-results').addEventListener('click', openLinkedEntity);
  }

  /** The status line and data-query-rows after a query: rows of a SELECT, 0 for other answers. */
  function showOutcome(duration) {
    const results = yasr.results;
    if (!results || results.hasError()) {
      setStatus('query-status', 'Query failed.', true);
      return;
    }
    const rows = results.getBindings ? results.getBindings() : null;
    const count = Array.isArray(rows) ? rows.length : 0;
    setStatus('query-status', (Array.isArray(rows) ? count + (count === 1 ? ' row' : ' rows') : 'Answered') + ' in ' + duration + ' ms.');
    document.body.dataset.queryRows = String(count);
  }

  /** A click on an entity's IRI in the results opens that entity in the graph, not a new tab. */
  function openLinkedEntity(event) {
    const link = event.target.closest('a[href]');
    if (!link || !isEntity(link.href)) return;
    event.preventDefault();
    openEntity(link.href, true);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  }

  // ------------------------------------------------------------------ overview

  const KINDS = [['ng:Article', 'articles'], ['ng:RoleHolding', 'roles'], ['ng:Succession', 'successions'],
    ['ng:Endorsement', 'endorsements'], ['ng:SpendingTarget', 'spending targets']];
  const PARTICIPANT = 'ng:holder|ng:successor|ng:predecessor|ng:endorser|ng:target|ng:actor';
  const OVERVIEW_SIZE = 10;

  /** The start page before an entity is chosen: counts per kind, the most connected entities, the latest facts. */
  async function showOverview() {
    document.body.dataset.overview = 'loading';
    $('overview').hidden = false;
    $('cy').hidden = true;
    try {
      const [counts, top, latest] = await Promise.all([
        sparql(PREFIXES + 'SELECT ?kind (COUNT(DISTINCT ?x) AS ?n)\nWHERE {\n  VALUES ?kind { ' +
          KINDS.map((k) => k[0]).join(' ') + ' }\n  ?x a ?kind\n}\nGROUP BY ?kind'),
        sparql(PREFIXES + 'SELECT ?e (MIN(?l) AS ?label) (SAMPLE(?t) AS ?type) (COUNT(DISTINCT ?f) AS ?facts)\nWHERE {\n' +
          '  VALUES ?t { ' + TYPES.map((t) => 'ng:' + t).join(' ') + ' }\n' +
          '  ?f ' + PARTICIPANT + ' ?e .\n  ?e a ?t ; rdfs:label ?l .\n}\nGROUP BY ?e\nORDER BY DESC(?facts) ?label\nLIMIT ' + OVERVIEW_SIZE),
        sparql(PREFIXES + 'SELECT ?fact (MAX(?d) AS ?date) (SAMPLE(?s) AS ?sentence) (SAMPLE(?p) AS ?from)\nWHERE {\n' +
          '  ?fact ng:holder|ng:successor|ng:endorser|ng:actor ?p ; ng:evidence ?ev .\n' +
          '  ?ev ng:sentenceText ?s ; ng:article ?a .\n  ?a schema:datePublished ?d .\n}\n' +
          'GROUP BY ?fact\nORDER BY DESC(?date) ?fact\nLIMIT ' + OVERVIEW_SIZE)
      ]);
      const list = $('overview-counts');
      clear(list);
      const byKind = new Map(counts.results.bindings.map((row) => [shorten(value(row, 'kind')), value(row, 'n')]));
      for (const [kind, name] of KINDS) {
        list.appendChild(el('li', null, (byKind.get(kind) || '0') + ' ' + name));
      }
      const ranked = $('overview-top');
      clear(ranked);
      for (const row of top.results.bindings) {
        const item = el('li');
        item.appendChild(entityLink(value(row, 'e'), value(row, 'label')));
        item.appendChild(el('span', 'count', ' ' + value(row, 'facts') + ' facts'));
        ranked.appendChild(item);
      }
      const news = $('overview-latest');
      clear(news);
      for (const row of latest.results.bindings) {
        const item = el('li');
        item.appendChild(el('span', 'date', value(row, 'date') + ' '));
        const link = entityLink(value(row, 'from'), value(row, 'sentence'));
        link.dataset.fact = value(row, 'fact');
        item.appendChild(link);
        news.appendChild(item);
      }
      document.body.dataset.overview = 'shown';
    } catch (error) {
      setStatus('graph-status', 'Overview failed: ' + error.message, true);
      document.body.dataset.overview = 'failed';
    }
  }

  function hideOverview() {
    $('overview').hidden = true;
    $('cy').hidden = false;
  }

  /** A link that opens {@code entity} in the page. */
  function entityLink(entity, text) {
    const link = el('a', 'result', text);
    link.href = entityHref(entity);
    link.dataset.entity = entity;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      openEntity(entity, true);
    });
    return link;
  }

  // ------------------------------------------------------------------ start

  function fromUrl() {
    const entity = new URLSearchParams(location.search).get('entity');
    if (entity) {
      openEntity(entity, false);
    } else {
      showOverview();
    }
  }

  window.newsgraphExplorer = Object.freeze({ cy: () => cy, editor: () => yasqe, open: (entity) => openEntity(entity, true) });

  document.addEventListener('DOMContentLoaded', () => {
    if (typeof cytoscape !== 'function') {
      setStatus('graph-status', 'Cytoscape.js did not load from /webjars/.', true);
    }
    $('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      search($('search-input').value);
    });
    $('canned-select').addEventListener('change', (event) => loadCanned(event.target.value));
    startEditor();
    window.addEventListener('popstate', () => {
      const entity = new URLSearchParams(location.search).get('entity');
      if (entity && entity !== currentEntity) {
        openEntity(entity, false);
      } else if (!entity) {
        currentEntity = null;
        showOverview();
      }
    });
    loadCannedList();
    fromUrl();
    document.body.dataset.ready = 'true';
  });
})();
