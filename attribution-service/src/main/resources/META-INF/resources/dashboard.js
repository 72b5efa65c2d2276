'use strict';

/*
 * The shared dashboard. It draws nothing it does not read from the public REST API (/api/v1/funnel, /attribution,
 * /lead-quality, /sla-kpis, /goals/progress, /launches) as the person signed in through the organisation's identity
 * provider (single sign-on; the session is a cookie the page's own calls carry), so its figures are exactly what any
 * integration sees. Filters live in the URL, so a view can be shared as a link.
 */

const CHANNELS = ['paid_search', 'organic_search', 'social', 'email', 'referral', 'direct', 'event', 'partner',
  'other'];
const MODELS = ['first_touch', 'last_touch', 'linear', 'time_decay', 'u_shaped', 'w_shaped', 'full_path', 'markov',
  'shapley'];
const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_DAYS = 30;

const $ = (id) => document.getElementById(id);

/* ---------- filters and who is signed in ---------- */

function fillSelect(select, values, selected) {
  for (const value of values) {
    select.add(new Option(value.replace(/_/g, ' '), value, false, value === selected));
  }
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

/** Puts the URL's filters (or the defaults: the last 30 days, all channels, last_touch) into the form. */
function initFilters() {
  const query = new URLSearchParams(window.location.search);
  const today = new Date();
  fillSelect($('channel'), CHANNELS, query.get('channel'));
  fillSelect($('model'), MODELS, query.get('model') || 'last_touch');
  fillSelect($('compare'), MODELS, query.get('compare'));
  $('to').value = query.get('to') || isoDate(today);
  $('from').value = query.get('from') || isoDate(new Date(today.getTime() - (DEFAULT_DAYS - 1) * DAY_MS));
}

function readFilters() {
  return {
    from: $('from').value,
    to: $('to').value,
    channel: $('channel').value,
    model: $('model').value,
    compare: $('compare').value,
  };
}

/** The API's half-open range [from, to): whole UTC days, the "to" day included. */
function range(filters) {
  const from = new Date(filters.from + 'T00:00:00Z');
  const to = new Date(new Date(filters.to + 'T00:00:00Z').getTime() + DAY_MS);
  return { from: from.toISOString(), to: to.toISOString() };
}

function keepFiltersInUrl(filters) {
  const query = new URLSearchParams();
  Object.entries(filters).filter(([, value]) => value).forEach(([key, value]) => query.set(key, value));
  window.history.replaceState(null, '', '?' + query.toString());
}

/* ---------- REST ---------- */

/** GETs one report as the person signed in (LeadBridge.call: a problem becomes an Error with its status and text). */
async function getJson(path, params) {
  return (await LeadBridge.call('GET', path + '?' + new URLSearchParams(params).toString())).body;
}

/* ---------- formatting ---------- */

function percent(rate) {
  return rate === null || rate === undefined ? '–' : +(rate * 100).toFixed(1) + '%';
}

function money(amount, currency) {
  return Number(amount).toLocaleString('en', { style: 'currency', currency, maximumFractionDigits: 0 });
}

/** Seconds as a short duration: 45s, 12m, 3.5h, 2.1d. */
function shortDuration(seconds) {
  if (seconds === null || seconds === undefined) {
    return '–';
  }
  if (seconds < 60) return seconds + 's';
  if (seconds < 3600) return Math.round(seconds / 60) + 'm';
  if (seconds < 86400) return +(seconds / 3600).toFixed(1) + 'h';
  return +(seconds / 86400).toFixed(1) + 'd';
}

function label(wire) {
  return wire.replace(/_/g, ' ');
}

/** The figures of the selected channel from a grouped report, or the overall figures for all channels. */
function figuresFor(report, channel, empty) {
  if (!channel) {
    return report.overall;
  }
  const group = report.groups.find((g) => g.group === channel);
  return group ? group.figures : empty;
}

/* ---------- charts ---------- */

function chart(id) {
  const element = $(id);
  return echarts.getInstanceByDom(element) || echarts.init(element);
}

function note(id, text, isError) {
  const element = $('note-' + id);
  element.textContent = text || '';
  element.classList.toggle('error', Boolean(isError));
}

function failed(id, error) {
  if (id === 'sla') {
    failed('speed', error);
  }
  if ($('chart-' + id)) {
    chart('chart-' + id).clear();
  }
  if (error.status === 403) {
    note(id, 'Your role cannot read this report.', true);
  } else if (error.status === 401 || error.status === LeadBridge.SESSION_ENDED) {
    note(id, 'Your session has ended: sign in again.', true);
  } else {
    note(id, 'Could not load: ' + error.message, true);
  }
}

const EMPTY_FUNNEL = { stages: [], conversions: [] };

async function renderFunnel(filters) {
  const report = await getJson('/api/v1/funnel', { ...range(filters), groupBy: 'channel' });
  return () => {
    const figures = figuresFor(report, filters.channel, EMPTY_FUNNEL);
    const stages = figures.stages.length ? figures.stages : report.overall.stages.map((s) => ({ ...s, leads: 0 }));
    $('tile-captured').textContent = stages.length ? stages[0].leads : 0;
    note('funnel', figures.conversions
      .map((c) => `${label(c.from)} → ${label(c.to)} ${percent(c.rate)}`).join(' · '));
    chart('chart-funnel').setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'category', data: stages.map((s) => s.stage) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: 'leads', type: 'bar', data: stages.map((s) => s.leads),
        label: { show: true, position: 'top' } }],
    }, true);
  };
}

/** The revenue per channel of one attribution report in one currency, only the selected channel if any. */
function revenueByChannel(report, currency, channel) {
  const block = report.currencies.find((c) => c.currency === currency);
  const amounts = {};
  (block ? block.groups : []).filter((g) => !channel || g.group === channel)
    .forEach((g) => { amounts[g.group] = Number(g.amount); });
  return amounts;
}

async function renderRevenue(filters) {
  const models = [filters.model].concat(filters.compare && filters.compare !== filters.model ? [filters.compare] : []);
  const reports = await Promise.all(models.map((model) =>
    getJson('/api/v1/attribution', { ...range(filters), model, groupBy: 'channel' })));
  return () => {
    const currencies = [...new Set(reports.flatMap((r) => r.currencies.map((c) => c.currency)))].sort();
    const currency = currencies[0];
    const perModel = reports.map((r) => revenueByChannel(r, currency, filters.channel));
    const channels = CHANNELS.filter((c) => perModel.some((amounts) => c in amounts));
    const total = Object.values(perModel[0]).reduce((sum, amount) => sum + amount, 0);
    $('tile-revenue').textContent = currency ? money(total, currency) : '–';
    note('revenue', !currency ? 'No won deals in this range.'
      : `${reports[0].deals} won deal(s), amounts in ${currency}`
        + (currencies.length > 1 ? ` (also in ${currencies.slice(1).join(', ')}, not shown)` : ''));
    chart('chart-revenue').setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 64, right: 16, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: channels },
      yAxis: { type: 'value' },
      series: models.map((model, i) => ({
        name: model,
        type: 'bar',
        data: channels.map((c) => perModel[i][c] || 0),
        label: { show: true, position: 'top' },
      })),
    }, true);
  };
}

async function renderQuality(filters) {
  const report = await getJson('/api/v1/lead-quality', { ...range(filters), groupBy: 'channel' });
  return () => {
    const groups = report.groups.filter((g) => !filters.channel || g.group === filters.channel);
    // only reasons sales actually gave, so the legend stays short
  const reasons = [...new Set(groups.flatMap((g) => Object.entries(g.figures.rejectionReasons)
    .filter(([, count]) => count > 0).map(([reason]) => reason)))].sort();
    const figures = figuresFor(report, filters.channel, null);
    $('tile-acceptance').textContent = figures ? percent(figures.acceptanceRate) : '–';
    note('quality', figures
      ? `${figures.mqls} MQL(s): ${figures.accepted} accepted, ${figures.rejected} rejected, ${figures.pending} pending`
      : 'No MQLs in this range.');
    chart('chart-quality').setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: groups.map((g) => g.group) },
      yAxis: { type: 'value', minInterval: 1 },
      series: reasons.map((reason) => ({
        name: reason,
        type: 'bar',
        stack: 'rejections',
        data: groups.map((g) => g.figures.rejectionReasons[reason] || 0),
      })),
    }, true);
  };
}

const EMPTY_SLA = { clocks: 0, met: 0, breached: 0, complianceRate: null, overTime: [],
  speedToLead: { decided: 0, medianSeconds: null, p90Seconds: null, histogram: [] } };

async function renderSla(filters) {
  const report = await getJson('/api/v1/sla-kpis', { ...range(filters), groupBy: 'channel', bucket: 'day' });
  return () => {
    const figures = figuresFor(report, filters.channel, EMPTY_SLA);
    const overTime = figures.overTime.length ? figures.overTime : report.overall.overTime
      .map((b) => ({ ...b, clocks: 0, met: 0, breached: 0, complianceRate: null }));
    $('tile-compliance').textContent = percent(figures.complianceRate);
    note('sla', `${figures.clocks} clock(s) with an outcome: ${figures.met} met, ${figures.breached} breached`);
    chart('chart-sla').setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: overTime.map((b) => b.start.slice(0, 10)) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: 'met', type: 'bar', stack: 'clocks', data: overTime.map((b) => b.met) },
        { name: 'breached', type: 'bar', stack: 'clocks', data: overTime.map((b) => b.breached), color: '#c0392b' },
        { name: '% met', type: 'line', yAxisIndex: 1, connectNulls: true,
          data: overTime.map((b) => (b.complianceRate === null ? null : Math.round(b.complianceRate * 1000) / 10)) },
      ],
    }, true);
    renderSpeed(figures.speedToLead, report.overall.speedToLead.histogram);
  };
}

function renderSpeed(speed, overallHistogram) {
  const histogram = speed.histogram.length ? speed.histogram : overallHistogram.map((b) => ({ ...b, count: 0 }));
  const bucketLabels = histogram.map((b, i) => (b.upToSeconds !== null && b.upToSeconds !== undefined
    ? '≤ ' + shortDuration(b.upToSeconds) : '> ' + shortDuration(histogram[i - 1].upToSeconds)));
  $('tile-speed').textContent = shortDuration(speed.medianSeconds);
  note('speed', `${speed.decided} decided lead(s): median ${shortDuration(speed.medianSeconds)},`
    + ` p90 ${shortDuration(speed.p90Seconds)}`);
  chart('chart-speed').setOption({
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: bucketLabels },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: 'leads', type: 'bar', data: histogram.map((b) => b.count),
      label: { show: true, position: 'top' } }],
  }, true);
}

/* ---------- tables ---------- */

/**
 * Fills a table's body: one row per item, each cell a text (never HTML, so names from the API cannot inject markup),
 * the row tagged with data-key so tests and links can find it.
 */
function fillTable(id, rows) {
  const body = $(id).tBodies[0];
  body.replaceChildren(...rows.map(({ key, cells }) => {
    const row = document.createElement('tr');
    row.dataset.key = key;
    cells.forEach((text, i) => {
      const cell = document.createElement('td');
      cell.textContent = text === null || text === undefined ? '–' : String(text);
      cell.dataset.column = $(id).tHead.rows[0].cells[i].dataset.column;
      row.append(cell);
    });
    return row;
  }));
}

/* ---------- territories ---------- */

async function renderTerritories(filters) {
  const [funnel, quality] = await Promise.all([
    getJson('/api/v1/funnel', { ...range(filters), groupBy: 'territory' }),
    getJson('/api/v1/lead-quality', { ...range(filters), groupBy: 'territory' }),
  ]);
  return () => {
    const territories = funnel.groups.map((g) => g.group);
    const leadsAt = (group, stage) => {
      const found = group.figures.stages.find((s) => s.stage === stage);
      return found ? found.leads : 0;
    };
    fillTable('table-territory', funnel.groups.map((group) => {
      const judged = quality.groups.find((q) => q.group === group.group);
      return { key: group.group, cells: [group.group, leadsAt(group, 'captured'), leadsAt(group, 'mql'),
        leadsAt(group, 'sal'), judged ? percent(judged.figures.acceptanceRate) : '–', leadsAt(group, 'won')] };
    }));
    note('territory', territories.length ? '' : 'No leads in this range.');
    chart('chart-territory').setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: territories },
      yAxis: { type: 'value', minInterval: 1 },
      series: ['captured', 'mql', 'sal'].map((stage) => ({
        name: stage, type: 'bar', data: funnel.groups.map((g) => leadsAt(g, stage)) })),
    }, true);
  };
}

/* ---------- goals ---------- */

function goalFigure(metric, value, currency) {
  if (value === null || value === undefined) return '–';
  if (metric.endsWith('_rate') || metric === 'sla_compliance') return percent(Number(value));
  if (metric === 'median_speed_to_lead') return shortDuration(Number(value));
  if (currency) return money(value, currency);
  return String(Number(value));
}

async function renderGoals(filters) {
  const progress = await getJson('/api/v1/goals/progress', { asOf: range(filters).to });
  return () => {
    fillTable('table-goals', progress.goals.map(({ goal, periodEnd, progress: p }) => ({
      key: goal.id,
      cells: [goal.name, label(goal.metric), `${goal.period.start} – ${periodEnd}`,
        goalFigure(goal.metric, p.actual, goal.currency), goalFigure(goal.metric, p.target, goal.currency),
        p.percentOfTarget === null ? '–' : Number(p.percentOfTarget) + '%', label(p.status),
        goal.owners.join(' & ')],
    })));
    note('goals', progress.goals.length ? `goals version ${progress.goalsVersion}, as of the end of the range`
      : 'No shared goals published yet (PUT /api/v1/goals).');
  };
}

/* ---------- launches ---------- */

async function renderLaunches(filters) {
  const launches = await getJson('/api/v1/launches', {});
  const asOf = range(filters).to;
  const reports = await Promise.all(launches.launches.map((launch) =>
    getJson('/api/v1/launches/' + encodeURIComponent(launch.id) + '/report', { asOf })));
  return () => {
    const firstSal = (figures) => (figures.timeToFirstSal === null ? '–'
      : shortDuration(durationSeconds(figures.timeToFirstSal)));
    fillTable('table-launches', reports.map(({ launch, previous }) => ({
      key: launch.launch.id,
      cells: [launch.launch.name, launch.launch.launchedOn, launch.figures.leads, launch.figures.mqls,
        launch.figures.sals, percent(launch.figures.acceptanceRate), firstSal(launch.figures),
        previous ? `${previous.launch.name}: ${previous.figures.leads} leads, ${previous.figures.sals} SALs` : '–'],
    })));
    note('launches', reports.length ? '' : 'No launches published yet (PUT /api/v1/launches).');
  };
}

/** Seconds of an ISO-8601 duration as Java writes it (PT3H, PT1H30M, PT45.5S, P2DT3H). */
function durationSeconds(iso) {
  const match = /^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso);
  if (!match) return null;
  const [, days, hours, minutes, seconds] = match.map((part) => Number(part || 0));
  return days * 86400 + hours * 3600 + minutes * 60 + seconds;
}

/* ---------- refresh ---------- */

const PANELS = [
  ['funnel', renderFunnel],
  ['revenue', renderRevenue],
  ['quality', renderQuality],
  ['sla', renderSla],
  ['territory', renderTerritories],
  ['goals', renderGoals],
  ['launches', renderLaunches],
];

let latestRefresh = 0;

/**
 * Reloads every panel for the current filters: all reports are fetched first and drawn together, and only if no newer
 * refresh started meanwhile, so a quick change of filters never leaves a panel showing the older answer.
 * body[data-loads] counts finished refreshes (tests wait on it).
 */
async function refresh() {
  const filters = readFilters();
  if (!filters.from || !filters.to || filters.from > filters.to) {
    $('status').textContent = '"From" must not be after "to".';
    return;
  }
  keepFiltersInUrl(filters);
  if (!LeadBridge.person()) {
    $('status').textContent = 'Sign in to load the figures.';
    return;
  }
  const refreshId = ++latestRefresh;
  document.body.dataset.state = 'loading';
  $('status').textContent = 'Loading…';
  const draws = await Promise.all(PANELS.map(([id, render]) => render(filters)
    .catch((error) => () => failed(id, error))));
  if (refreshId !== latestRefresh) {
    return;
  }
  PANELS.forEach(([id], i) => {
    note(id, '');
    try {
      draws[i]();
    } catch (error) {
      failed(id, error);
    }
  });
  $('status').textContent = 'Updated ' + new Date().toLocaleTimeString();
  document.body.dataset.loads = String(Number(document.body.dataset.loads) + 1);
  document.body.dataset.state = 'loaded';
}

async function start() {
  initFilters();
  await LeadBridge.whoIsSignedIn();
  $('filters').addEventListener('change', refresh);
  window.addEventListener('resize', () => PANELS.concat([['speed']]).filter(([id]) => $('chart-' + id))
    .forEach(([id]) => chart('chart-' + id).resize()));
  refresh();
}

document.addEventListener('DOMContentLoaded', start);
