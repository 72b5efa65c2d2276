'use strict';

/*
 * A manager's team queue: the MQLs routing could give to no rep (GET /api/v1/teams/{team}/queue; the teams from the
 * routing table and the roster), each handed to a rep of the roster (GET /api/v1/reps) with POST /api/v1/leads/{id}/reassign, confirmed first. The hand-over names the
 * version of the lead read when the dialog opened, so two managers handing out the same lead at once cannot both win.
 */

const $ = (id) => document.getElementById(id);
let reps = [];
let handing = null;

function cell(column, value) {
  const td = document.createElement('td');
  td.dataset.column = column;
  td.textContent = value === null || value === undefined || value === '' ? '–' : String(value);
  return td;
}

function note(text, isError) {
  $('note-queue').textContent = text || '';
  $('note-queue').classList.toggle('error', Boolean(isError));
}

/** The teams of the routing table (its rules' and its default) and of the roster, and the roster's reps. */
async function loadRoster() {
  const [roster, table] = await Promise.all([LeadBridge.call('GET', '/api/v1/reps'),
    LeadBridge.call('GET', '/api/v1/routing-rules')]);
  reps = roster.body || [];
  const routedTo = (table.body.rules || []).map((rule) => rule.teamId).concat([table.body.defaultTeamId]);
  const teams = [...new Set(reps.map((rep) => rep.teamId).concat(routedTo).filter(Boolean))].sort();
  const chosen = new URLSearchParams(window.location.search).get('team') || teams[0] || '';
  $('team').replaceChildren(...teams.map((team) => new Option(team, team, false, team === chosen)));
}

async function openHandOver(lead) {
  $('problem').textContent = '';
  try {
    const read = await LeadBridge.call('GET', '/api/v1/leads/' + encodeURIComponent(lead.leadId));
    handing = { leadId: lead.leadId, etag: read.etag };
  } catch (error) {
    $('problem').textContent = error.message;
    return;
  }
  $('hand-over-lead').textContent = [lead.firstName, lead.lastName].filter(Boolean).join(' ') || lead.companyName
    || 'this lead';
  const team = $('team').value;
  const sorted = reps.slice().sort((a, b) => (a.teamId === team ? 0 : 1) - (b.teamId === team ? 0 : 1)
    || a.id.localeCompare(b.id));
  $('hand-over-rep').replaceChildren(...sorted.map((rep) => new Option(rep.id + ' (' + rep.teamId
    + (rep.active ? '' : ', inactive') + ')', rep.id)));
  $('dialog-hand-over').showModal();
}

function render(queue) {
  $('queue').tBodies[0].replaceChildren(...queue.map((lead) => {
    const row = document.createElement('tr');
    row.dataset.lead = lead.leadId;
    const name = cell('lead', '');
    const link = document.createElement('a');
    link.href = 'lead.html?id=' + encodeURIComponent(lead.leadId);
    link.textContent = [lead.firstName, lead.lastName].filter(Boolean).join(' ') || 'unnamed lead';
    name.append(link);
    const actions = cell('actions', '');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Hand to…';
    button.dataset.action = 'hand-over';
    button.addEventListener('click', () => openHandOver(lead));
    actions.replaceChildren(button);
    row.append(name, cell('company', lead.companyName), cell('country', lead.country), cell('grade', lead.grade),
      cell('score', lead.scoreTotal), actions);
    return row;
  }));
  note(queue.length ? '' : 'Nobody is waiting: routing found a rep for every MQL of this team.');
}

async function load() {
  if (!LeadBridge.hasRole('manager')) {
    note('Team queues are for managers.');
    return;
  }
  const team = $('team').value;
  if (!team) {
    note('The roster has no team yet.');
    return;
  }
  window.history.replaceState(null, '', '?team=' + encodeURIComponent(team));
  try {
    render((await LeadBridge.call('GET', '/api/v1/teams/' + encodeURIComponent(team) + '/queue')).body);
    $('status').textContent = 'Updated ' + new Date().toLocaleTimeString();
  } catch (error) {
    $('queue').tBodies[0].replaceChildren();
    note(error.message, true);
  }
  document.body.dataset.loads = String(Number(document.body.dataset.loads) + 1);
}

async function handOver() {
  const { leadId, etag } = handing;
  const rep = $('hand-over-rep').value;
  let outcome = null;
  try {
    await LeadBridge.call('POST', '/api/v1/leads/' + encodeURIComponent(leadId) + '/reassign',
      { body: { ownerId: rep }, etag });
    outcome = 'Handed over to ' + rep + '.';
  } catch (error) {
    $('problem').textContent = error.message;
  }
  await load();
  if (outcome) {
    $('status').textContent = outcome;
  }
  document.body.dataset.actions = String(Number(document.body.dataset.actions || 0) + 1);
}

async function start() {
  $('dialog-hand-over').addEventListener('close', () => {
    if ($('dialog-hand-over').returnValue === 'confirm' && handing) {
      handOver();
    }
  });
  $('filters').addEventListener('change', load);
  await LeadBridge.whoIsSignedIn();
  if (LeadBridge.hasRole('manager')) {
    await loadRoster().catch((error) => note(error.message, true));
  }
  load();
}

document.addEventListener('DOMContentLoaded', start);
