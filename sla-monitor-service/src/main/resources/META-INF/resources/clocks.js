'use strict';

/*
 * A manager's (or ops') view of the SLA clocks: the open ones from GET /api/v1/sla/timers, due soonest first with a live
 * countdown, paused and resumed with a reason (managers only); and the breaches of the last 7 days from
 * GET /api/v1/sla/breaches.
 */

const $ = (id) => document.getElementById(id);
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const REFRESH_MS = 30000;
let chosenLead = null;

function cell(column, value) {
  const td = document.createElement('td');
  td.dataset.column = column;
  td.textContent = value === null || value === undefined || value === '' ? '–' : String(value);
  return td;
}

function note(id, text, isError) {
  $('note-' + id).textContent = text || '';
  $('note-' + id).classList.toggle('error', Boolean(isError));
}

function actionButton(label, dialogId, leadId) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.dataset.action = dialogId;
  button.addEventListener('click', () => {
    chosenLead = leadId;
    $('dialog-' + dialogId).showModal();
  });
  return button;
}

function renderClocks(clocks) {
  const canAct = LeadBridge.hasRole('manager');
  $('clocks').tBodies[0].replaceChildren(...clocks.map((clock) => {
    const row = document.createElement('tr');
    row.dataset.lead = clock.leadId;
    const due = cell('due', '');
    due.classList.add('due');
    due.dataset.due = clock.dueAt;
    due.dataset.state = clock.paused ? 'paused' : 'running';
    const state = clock.paused ? 'paused: ' + (clock.pauseReason || 'no reason given')
      : clock.breached ? 'breached' : 'running';
    const actions = cell('actions', '');
    if (canAct) {
      actions.replaceChildren(clock.paused ? actionButton('Resume…', 'resume', clock.leadId)
        : actionButton('Pause…', 'pause', clock.leadId));
    }
    row.append(cell('lead', clock.leadId), cell('owner', clock.ownerId), cell('team', clock.teamId),
      cell('policy', clock.policyId), due, cell('state', state), actions);
    return row;
  }));
  note('clocks', clocks.length ? '' : 'No clock is running: every lead has had its first response.');
  tick();
}

function renderBreaches(breaches) {
  $('breaches').tBodies[0].replaceChildren(...breaches.map((breach) => {
    const row = document.createElement('tr');
    row.dataset.lead = breach.leadId;
    const late = LeadBridge.countdown(breach.breachedAt, new Date(breach.dueAt).getTime()).text.replace('in ', '');
    row.append(cell('lead', breach.leadId), cell('owner', breach.ownerId), cell('team', breach.teamId),
      cell('due', new Date(breach.dueAt).toLocaleString()), cell('lateness', late), cell('state', breach.state));
    return row;
  }));
  note('breaches', breaches.length ? '' : 'No breach in the last 7 days.');
}

function tick() {
  LeadBridge.tickCountdowns('stands still');
}

async function load() {
  if (!LeadBridge.person()) {
    note('clocks', 'Sign in to see your teams\' clocks.');
    return;
  }
  const now = new Date();
  const range = new URLSearchParams({ from: new Date(now.getTime() - WEEK_MS).toISOString(),
    to: new Date(now.getTime() + 60000).toISOString() });
  await Promise.all([
    LeadBridge.call('GET', '/api/v1/sla/timers?state=open')
      .then((found) => renderClocks(found.body.slice().sort((a, b) => new Date(a.dueAt) - new Date(b.dueAt))))
      .catch((error) => note('clocks', error.message, true)),
    LeadBridge.call('GET', '/api/v1/sla/breaches?' + range)
      .then((found) => renderBreaches(found.body.slice().sort((a, b) => new Date(b.breachedAt) - new Date(a.breachedAt))))
      .catch((error) => note('breaches', error.message, true)),
  ]);
  $('status').textContent = 'Updated ' + new Date().toLocaleTimeString();
  document.body.dataset.loads = String(Number(document.body.dataset.loads) + 1);
}

async function act(action) {
  $('problem').textContent = '';
  const body = action === 'pause' ? { reason: $('pause-reason').value.trim() } : undefined;
  try {
    await LeadBridge.call('POST', '/api/v1/sla/timers/' + encodeURIComponent(chosenLead) + '/' + action, { body });
    $('status').textContent = action === 'pause' ? 'Paused.' : 'Resumed.';
    await load();
  } catch (error) {
    $('problem').textContent = error.message;
  }
  document.body.dataset.actions = String(Number(document.body.dataset.actions || 0) + 1);
}

async function start() {
  ['pause', 'resume'].forEach((action) => {
    const dialog = $('dialog-' + action);
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'confirm') {
        act(action);
      }
    });
  });
  await LeadBridge.whoIsSignedIn();
  window.setInterval(tick, 1000);
  window.setInterval(load, REFRESH_MS);
  load();
}

document.addEventListener('DOMContentLoaded', start);
