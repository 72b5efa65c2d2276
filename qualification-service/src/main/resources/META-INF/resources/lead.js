'use strict';

/*
 * One lead as its rep (or their manager) works it: contact data, the score and why, the journey and the history from
 * GET /api/v1/leads/{id}; accept, reject, convert, close and reassign, each confirmed in a dialog first and sent with
 * the ETag of what the person saw, so a change made meanwhile by someone else is refused instead of overwritten. A
 * refusal shows the service's own problem text.
 */

const $ = (id) => document.getElementById(id);
const leadId = new URLSearchParams(window.location.search).get('id');
/** The lead changed since it was read (If-Match failed). */
const STALE = 412;
let lead = null;
let etag = null;

/** Which actions a stage allows, and to whom (the service decides; the screen only offers what can work). */
const ACTIONS = {
  accept: { stages: ['assigned'], roles: ['rep', 'manager'] },
  reject: { stages: ['assigned', 'accepted'], roles: ['rep', 'manager'] },
  convert: { stages: ['accepted'], roles: ['rep', 'manager'] },
  close: { stages: ['accepted', 'converted'], roles: ['rep', 'manager'] },
  reassign: { stages: ['mql', 'assigned', 'accepted', 'converted'], roles: ['manager'] },
};

/** What each confirmed dialog sends. */
const REQUESTS = {
  accept: () => undefined,
  reject: () => ({ reason: $('reject-reason').value, note: $('reject-note').value.trim() || null }),
  convert: () => ({
    opportunityId: $('convert-opportunity').value.trim(),
    expectedAmount: number('convert-amount'),
    currency: $('convert-currency').value.trim().toUpperCase() || null,
  }),
  close: () => ({
    outcome: $('close-outcome').value,
    amount: number('close-amount'),
    currency: $('close-currency').value.trim().toUpperCase() || null,
    reason: $('close-reason').value.trim() || null,
  }),
  reassign: () => ({ ownerId: $('reassign-owner').value.trim() }),
};

const DONE = {
  accept: 'Accepted: the lead is yours to work.',
  reject: 'Rejected: marketing will see why.',
  convert: 'Converted into an opportunity.',
  close: 'Closed.',
  reassign: 'Handed to another rep.',
};

function number(id) {
  const value = $(id).value.trim();
  return value === '' ? null : Number(value);
}

function text(id, value) {
  $(id).textContent = value === null || value === undefined || value === '' ? '–' : String(value);
}

function rows(tableId, items, columns) {
  $(tableId).tBodies[0].replaceChildren(...items.map((item) => {
    const row = document.createElement('tr');
    columns.forEach(([column, value]) => {
      const td = document.createElement('td');
      td.dataset.column = column;
      const shown = value(item);
      td.textContent = shown === null || shown === undefined ? '–' : String(shown);
      row.append(td);
    });
    return row;
  }));
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : null;
}

function render() {
  const contact = lead.contact || {};
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ') || 'unnamed lead';
  document.title = 'LeadBridge — ' + name;
  text('name', name + (lead.company && lead.company.name ? ' · ' + lead.company.name : ''));
  text('stage', lead.stage);
  $('stage').dataset.stage = lead.stage;
  text('owner', lead.ownerId);
  text('captured', when(lead.capturedAt));
  text('email', contact.email);
  text('phone', contact.phone);
  text('job-title', contact.jobTitle);
  text('company', lead.company ? [lead.company.name, lead.company.industry, lead.company.size && lead.company.size
    + ' people'].filter(Boolean).join(', ') : null);
  text('country', lead.country);
  text('source', lead.source ? [lead.source.channel, lead.source.campaign].filter(Boolean).join(' / ') : null);
  const score = lead.score;
  text('score-summary', score ? score.total + ' points, grade ' + score.grade + ' (fit ' + score.fit
    + ', engagement ' + score.engagement + '; model v' + score.modelVersion + ')' : 'not scored yet');
  const breakdown = score ? score.breakdown : [];
  rows('breakdown', breakdown, [['category', (c) => c.category], ['reason', (c) => c.reason],
    ['points', (c) => c.points]]);
  rows('journey', breakdown.filter((c) => c.touchpointId), [['reason', (c) => c.reason], ['points', (c) => c.points]]);
  rows('history', lead.history.slice().reverse(), [['at', (c) => when(c.at)],
    ['stage', (c) => (c.from ? c.from + ' → ' : '') + c.stage], ['actor', (c) => c.actorId || 'LeadBridge'],
    ['owner', (c) => c.ownerId]]);
  Object.entries(ACTIONS).forEach(([action, rule]) => {
    $('do-' + action).hidden = !(rule.stages.includes(lead.stage) && LeadBridge.hasRole(...rule.roles));
  });
}

async function load() {
  if (!leadId) {
    $('problem').textContent = 'No lead named: open a lead from your inbox.';
    return;
  }
  if (!LeadBridge.person()) {
    return;
  }
  try {
    const found = await LeadBridge.call('GET', '/api/v1/leads/' + encodeURIComponent(leadId));
    lead = found.body;
    etag = found.etag;
    render();
  } catch (error) {
    $('problem').textContent = error.message;
  }
  document.body.dataset.loads = String(Number(document.body.dataset.loads) + 1);
}

/** Sends a confirmed action; the answer is the lead as it now is. */
async function act(action) {
  $('problem').textContent = '';
  $('status').textContent = 'Sending…';
  try {
    const done = await LeadBridge.call('POST', '/api/v1/leads/' + encodeURIComponent(leadId) + '/' + action,
      { body: REQUESTS[action](), etag });
    lead = done.body;
    etag = done.etag || etag;
    render();
    $('status').textContent = DONE[action];
  } catch (error) {
    $('status').textContent = '';
    if (error.status === STALE) {
      // someone else acted first: show the lead as it now is, so the person decides on what is true
      await load();
      $('problem').textContent = 'Someone changed this lead meanwhile; it now shows its current state. ' + error.message;
    } else {
      $('problem').textContent = error.message;
    }
  }
  document.body.dataset.actions = String(Number(document.body.dataset.actions || 0) + 1);
}

function wireDialogs() {
  Object.keys(ACTIONS).forEach((action) => {
    const dialog = $('dialog-' + action);
    $('do-' + action).addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'confirm') {
        act(action);
      }
    });
  });
}

async function start() {
  wireDialogs();
  await LeadBridge.whoIsSignedIn();
  load();
}

document.addEventListener('DOMContentLoaded', start);
