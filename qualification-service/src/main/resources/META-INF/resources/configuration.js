'use strict';

/*
 * The scoring model and the routing table in force, read-only, with their versions (GET /api/v1/scoring-model,
 * /api/v1/routing-rules and their /versions). Each part of a document is drawn as it is: a list of rules as a table
 * with a column per field, a group of settings as name and value, so a new field shows without a change here.
 */

const $ = (id) => document.getElementById(id);

const CONFIGURATIONS = [
  { id: 'scoring', path: '/api/v1/scoring-model', readers: 'admins and marketing' },
  { id: 'routing', path: '/api/v1/routing-rules', readers: 'admins and managers' },
];

function shown(value) {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.map(shown).join(', ');
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => k + ': ' + shown(v)).join('; ');
  return String(value);
}

function label(name) {
  return name.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

function table(rows, className) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const element = document.createElement('table');
  element.className = 'figures ' + (className || '');
  const head = element.createTHead().insertRow();
  columns.forEach((column) => {
    const th = document.createElement('th');
    th.textContent = label(column);
    th.dataset.column = column;
    head.append(th);
  });
  const body = element.createTBody();
  rows.forEach((row) => {
    const tr = body.insertRow();
    columns.forEach((column) => {
      const td = tr.insertCell();
      td.dataset.column = column;
      td.textContent = shown(row[column]);
    });
  });
  return element;
}

/** One part of a document: a titled table of its rules or of its settings. */
function part(name, value, configId) {
  const section = document.createElement('section');
  section.dataset.part = name;
  const title = document.createElement('h3');
  title.textContent = label(name);
  section.append(title);
  if (Array.isArray(value) && value.every((item) => item && typeof item === 'object')) {
    section.append(table(value, configId + '-' + name));
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    const nested = Object.entries(value);
    if (nested.every(([, v]) => Array.isArray(v) && v.every((item) => item && typeof item === 'object'))) {
      nested.forEach(([subName, rows]) => section.append(part(subName, rows, configId)));
    } else {
      section.append(table(nested.map(([setting, v]) => ({ setting, value: shown(v) })), configId + '-' + name));
    }
  } else {
    section.append(table([{ setting: name, value: shown(value) }], configId + '-' + name));
  }
  return section;
}

async function loadConfiguration(configuration) {
  const { id, path, readers } = configuration;
  try {
    const [current, versions] = await Promise.all([LeadBridge.call('GET', path),
      LeadBridge.call('GET', path + '/versions')]);
    const history = versions.body;
    const inForce = history.length ? history[0] : null;
    $(id + '-version').textContent = inForce ? 'version ' + inForce.version + ', published by ' + inForce.publishedBy
      + ' on ' + new Date(inForce.publishedAt).toLocaleString() : 'the built-in default, never published';
    $(id + '-parts').replaceChildren(...Object.entries(current.body).filter(([name]) => name !== 'version')
      .map(([name, value]) => part(name, value, id)));
    $(id + '-versions').tBodies[0].replaceChildren(...history.map((version) => {
      const row = document.createElement('tr');
      row.dataset.version = version.version;
      [version.version, version.publishedBy, new Date(version.publishedAt).toLocaleString(), version.comment]
        .forEach((value) => {
          row.insertCell().textContent = shown(value);
        });
      return row;
    }));
  } catch (error) {
    $('note-' + id).textContent = error.status === 403 ? 'Only ' + readers + ' read this.' : error.message;
    $('note-' + id).classList.toggle('error', error.status !== 403);
  }
}

async function start() {
  await LeadBridge.whoIsSignedIn();
  if (LeadBridge.person()) {
    await Promise.all(CONFIGURATIONS.map(loadConfiguration));
  }
  document.body.dataset.loads = String(Number(document.body.dataset.loads) + 1);
}

document.addEventListener('DOMContentLoaded', start);
