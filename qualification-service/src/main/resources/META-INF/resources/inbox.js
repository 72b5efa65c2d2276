'use strict';

/*
 * The rep's inbox: their leads from GET /api/v1/leads, the one whose first response is due soonest on top, with a
 * live countdown to that moment. A manager may look at the inbox of a rep of their teams.
 */

const $ = (id) => document.getElementById(id);
const OPEN_STAGES = ['assigned', 'accepted', 'converted'];
const REFRESH_MS = 30000;
let leads = [];

function note(text, isError) {
  $('note-inbox').textContent = text || '';
  $('note-inbox').classList.toggle('error', Boolean(isError));
}

/** Due soonest first; leads without a running clock after them, the newest assignment first. */
function mostUrgentFirst(a, b) {
  if (a.slaDueAt && b.slaDueAt) return new Date(a.slaDueAt) - new Date(b.slaDueAt);
  if (a.slaDueAt || b.slaDueAt) return a.slaDueAt ? -1 : 1;
  return new Date(b.assignedAt || 0) - new Date(a.assignedAt || 0);
}

function cell(column, text) {
  const td = document.createElement('td');
  td.dataset.column = column;
  td.textContent = text === null || text === undefined ? '–' : String(text);
  return td;
}

function nameOf(lead) {
  return [lead.firstName, lead.lastName].filter(Boolean).join(' ') || 'unnamed lead';
}

function render() {
  const body = $('inbox').tBodies[0];
  body.replaceChildren(...leads.map((lead) => {
    const row = document.createElement('tr');
    row.dataset.lead = lead.leadId;
    const name = cell('lead', '');
    const link = document.createElement('a');
    link.href = 'lead.html?id=' + encodeURIComponent(lead.leadId);
    link.textContent = nameOf(lead);
    name.append(link);
    const due = cell('due', '–');
    due.classList.add('due');
    if (lead.slaDueAt) {
      due.dataset.due = lead.slaDueAt;
      due.dataset.state = lead.slaState || 'running';
    }
    row.append(name, cell('company', lead.companyName), cell('grade', lead.grade), cell('score', lead.scoreTotal),
      cell('stage', lead.stage), due,
      cell('pAccept', lead.pAccept === null || lead.pAccept === undefined
        ? null : Math.round(lead.pAccept * 100) + '%'));
    return row;
  }));
  tick();
  note(leads.length ? '' : 'Nothing waiting for you.');
}

function tick() {
  LeadBridge.tickCountdowns('paused');
}

async function load() {
  if (!LeadBridge.person()) {
    note('Sign in to see your leads.');
    return;
  }
  const stage = $('stage').value;
  const query = new URLSearchParams({ owner: $('owner').value.trim() || 'me', limit: '200' });
  if (stage) query.set('stage', stage);
  try {
    const found = (await LeadBridge.call('GET', '/api/v1/leads?' + query)).body;
    leads = found.filter((lead) => stage || OPEN_STAGES.includes(lead.stage)).sort(mostUrgentFirst);
    render();
    $('status').textContent = 'Updated ' + new Date().toLocaleTimeString();
  } catch (error) {
    leads = [];
    $('inbox').tBodies[0].replaceChildren();
    note(error.message, true);
  }
  document.body.dataset.loads = String(Number(document.body.dataset.loads) + 1);
}

async function start() {
  await LeadBridge.whoIsSignedIn();
  $('owner-filter').hidden = !LeadBridge.hasRole('manager');
  $('nav-team').hidden = !LeadBridge.hasRole('manager');
  $('filters').addEventListener('change', load);
  $('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  window.setInterval(tick, 1000);
  window.setInterval(load, REFRESH_MS);
  load();
}

document.addEventListener('DOMContentLoaded', start);
