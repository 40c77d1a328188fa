// "Reports": a Cockpit page with the office's figures for its managers and case managers — returns
// per month and category, time per stage and the service levels, reintegration, the authorities'
// answers and outages, and the work waiting now — drawn from /api/reports (the statistics
// records, which erasure leaves) with the manager's own Cockpit session: the server decides who may read them. Filters by period, flow,
// country, programme and mission; every table downloads as CSV, every report as a spreadsheet.
// The charts are Chart.js, served by the application itself (its webjar; no CDN).

import { el } from './dom.js';

const CHART_JS = '/webjars/chart.js/4.4.1/dist/chart.umd.js';
const COLOURS = ['#1f77b4', '#2ca02c', '#ff7f0e', '#9467bd', '#d62728', '#8c564b', '#17becf'];


let chartLibrary = null;

/**
 * Chart.js's UMD bundle as a plain script: with an AMD loader or CommonJS globals on the page it
 * would register itself there instead of as window.Chart, so those are hidden while it loads.
 */
function loadChartJs() {
  if (!chartLibrary) {
    chartLibrary = new Promise((resolve, reject) => {
      if (window.Chart) {
        resolve(window.Chart);
        return;
      }
      const hidden = { define: window.define, module: window.module, exports: window.exports };
      window.define = undefined;
      window.module = undefined;
      window.exports = undefined;
      const restore = () => Object.entries(hidden).forEach(([name, value]) => {
        window[name] = value;
      });
      const script = el('script', { src: CHART_JS });
      script.onload = () => {
        restore();
        window.Chart ? resolve(window.Chart) : reject(new Error('Chart.js did not load'));
      };
      script.onerror = () => {
        restore();
        chartLibrary = null;
        reject(new Error('Chart.js could not be loaded from ' + CHART_JS));
      };
      document.head.appendChild(script);
    });
  }
  return chartLibrary;
}

function query(filters, extra) {
  const parameters = new URLSearchParams();
  Object.entries(Object.assign({}, filters, extra || {})).forEach(([name, value]) => {
    if (value) {
      parameters.set(name, value);
    }
  });
  const text = parameters.toString();
  return text ? '?' + text : '';
}

async function report(name, filters) {
  const answer = await fetch('/api/reports/' + name + query(filters),
    { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) {
    throw new Error(body.message || ('HTTP ' + answer.status + ' for the ' + name + ' report'));
  }
  return body;
}

function number(value, decimals) {
  if (value === null || value === undefined) {
    return '–';
  }
  return typeof value === 'number' && decimals !== undefined ? value.toFixed(decimals)
    : String(value);
}

/** An instant as the browser's local time (Cockpit shows its time zone at the bottom). */
function when(iso) {
  if (!iso) {
    return '';
  }
  const t = new Date(iso);
  const two = n => String(n).padStart(2, '0');
  return t.getFullYear() + '-' + two(t.getMonth() + 1) + '-' + two(t.getDate()) + ' '
    + two(t.getHours()) + ':' + two(t.getMinutes());
}

/** A table with its CSV download; {@code columns}: [heading, row => cell]. */
function table(id, title, columns, rows, csv) {
  const header = el('h4', {}, title);
  if (csv) {
    header.appendChild(document.createTextNode(' '));
    header.appendChild(el('a', { href: csv, class: 'btn btn-default btn-xs', download: '',
      'data-download': id }, 'CSV'));
  }
  const body = rows.length
    ? rows.map(row => el('tr', {}, columns.map(([, cell]) => el('td', {}, String(cell(row))))))
    : [el('tr', {}, el('td', { colspan: String(columns.length) }, 'None in this period.'))];
  return el('div', { class: 'avrr-report-table' }, header,
    el('table', { class: 'table table-condensed cam-table', id },
      el('thead', {}, el('tr', {}, columns.map(([heading]) => el('th', {}, heading)))),
      el('tbody', {}, body)));
}

function chart(Chart, id, type, labels, datasets, options) {
  const canvas = el('canvas', { id, 'aria-label': id, role: 'img' });
  const box = el('div', { style: 'position: relative; height: 280px; max-width: 900px' }, canvas);
  // Drawn once in the document: Chart.js measures its container.
  setTimeout(() => new Chart(canvas, {
    type,
    data: { labels, datasets: datasets.map((set, i) => Object.assign(
      { backgroundColor: COLOURS[i % COLOURS.length], borderColor: COLOURS[i % COLOURS.length] },
      set)) },
    options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false },
      options || {})
  }), 0);
  return box;
}

const COUNT_COLUMNS = [
  ['Opened', c => c.opened], ['Departed', c => c.departed], ['Arrived', c => c.arrived],
  ['Closed', c => c.closed], ['Withdrawn', c => c.withdrawn], ['Not eligible', c => c.notEligible],
  ['Referred to UNHCR', c => c.referredToUnhcr]
];

function returnsSection(Chart, returns, filters) {
  const csv = name => '/api/reports/returns.csv' + query(filters, { table: name });
  const counts = (first, name, title, rows) => table('avrr-returns-' + name, title,
    [[first, c => c.key], ...COUNT_COLUMNS], rows, csv(name));
  const total = returns.total;
  return el('section', { id: 'avrr-report-returns' },
    el('h3', {}, 'Returns'),
    el('p', {}, `In the period: ${total.opened} opened, ${total.departed} departed, `
      + `${total.arrived} arrived, ${total.closed} closed (${total.withdrawn} withdrawn, `
      + `${total.notEligible} not eligible, ${total.referredToUnhcr} referred to UNHCR).`),
    chart(Chart, 'avrr-chart-returns', 'bar', returns.months.map(m => m.key), [
      { label: 'Opened', data: returns.months.map(m => m.opened) },
      { label: 'Departed', data: returns.months.map(m => m.departed) },
      { label: 'Arrived', data: returns.months.map(m => m.arrived) },
      { label: 'Closed', data: returns.months.map(m => m.closed) }
    ], { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }),
    counts('Month', 'months', 'Per month', returns.months),
    counts('Country', 'byCountry', 'By country of return or origin', returns.byCountry),
    counts('Programme', 'byProgramme', 'By programme', returns.byProgramme),
    counts('Sex', 'bySex', 'By sex', returns.bySex),
    counts('Age band', 'byAgeBand', 'By age band', returns.byAgeBand),
    counts('Vulnerability', 'byVulnerability', 'By vulnerability', returns.byVulnerability));
}

function stagesSection(Chart, times, filters) {
  const csv = name => '/api/reports/stages.csv' + query(filters, { table: name });
  return el('section', { id: 'avrr-report-stages' },
    el('h3', {}, 'Time per stage'),
    chart(Chart, 'avrr-chart-stages', 'bar', times.stages.map(s => s.stage), [
      { label: 'Median days', data: times.stages.map(s => s.medianDays) },
      { label: '90th percentile days', data: times.stages.map(s => s.p90Days) }
    ], { indexAxis: 'y', scales: { x: { beginAtZero: true } } }),
    table('avrr-stages-stages', 'Days per stage (cases that completed it in the period)', [
      ['Stage', s => s.stage], ['Cases', s => s.cases], ['Median days', s => number(s.medianDays, 1)],
      ['90th percentile days', s => number(s.p90Days, 1)]
    ], times.stages, csv('stages')),
    table('avrr-stages-serviceLevels', 'Service levels', [
      ['Rule', l => l.rule], ['Cases', l => l.cases], ['Met', l => l.met],
      ['Share met', l => l.share === null ? '–' : Math.round(l.share * 100) + ' %']
    ], times.serviceLevels, csv('serviceLevels')));
}

/**
 * Committed and paid per component type, in one currency (amounts of two currencies are never
 * added): the currency most committed in, and the others listed in the table below the chart.
 */
function componentChart(Chart, rows) {
  if (!rows.length) {
    return el('p', { id: 'avrr-chart-grant-components' }, 'No plan approved in this period.');
  }
  const committedIn = {};
  rows.forEach(r => { committedIn[r.currency] = (committedIn[r.currency] || 0) + r.committed; });
  const currency = Object.keys(committedIn).sort((a, b) => committedIn[b] - committedIn[a])[0];
  const ofCurrency = rows.filter(r => r.currency === currency);
  const components = [...new Set(ofCurrency.map(r => r.component))].sort();
  const sum = (component, field) => ofCurrency.filter(r => r.component === component)
    .reduce((total, r) => total + r[field], 0);
  return chart(Chart, 'avrr-chart-grant-components', 'bar', components, [
    { label: `Committed (${currency || '–'})`, data: components.map(c => sum(c, 'committed')) },
    { label: `Paid (${currency || '–'})`, data: components.map(c => sum(c, 'paid')) }
  ], { indexAxis: 'y', scales: { x: { beginAtZero: true } } });
}

function reintegrationSection(Chart, figures, filters) {
  const csv = name => '/api/reports/reintegration.csv' + query(filters, { table: name });
  return el('section', { id: 'avrr-report-reintegration' },
    el('h3', {}, 'Reintegration'),
    el('p', {}, `Plans approved: ${figures.plansApproved}; cases paid a first instalment: `
      + `${figures.casesWithFirstInstalment}; instalments overdue now: `
      + `${figures.instalmentsOverdueNow}; psychosocial referrals: ${figures.psychosocialReferrals}; `
      + `lost to follow-up: ${figures.lostToFollowUp}.`),
    chart(Chart, 'avrr-chart-survey', 'bar', figures.survey.map(s => s.dimension), [
      { label: 'Baseline (average score)', data: figures.survey.map(s => s.baselineAverage) },
      { label: 'Latest survey (average score)', data: figures.survey.map(s => s.latestAverage) }
    ], { scales: { y: { beginAtZero: true, max: 1 } } }),
    table('avrr-reintegration-grants', 'Grants of the plans approved', [
      ['Programme', g => g.programme], ['Currency', g => g.currency], ['Plans', g => g.plans],
      ['Committed', g => number(g.committed)], ['Paid', g => number(g.paid)]
    ], figures.grants, csv('grants')),
    table('avrr-reintegration-grantsByComponent', 'Grants per component type', [
      ['Component', g => g.component], ['Programme', g => g.programme],
      ['Currency', g => g.currency], ['Plans', g => g.plans],
      ['Committed', g => number(g.committed)], ['Paid', g => number(g.paid)]
    ], figures.grantsByComponent, csv('grantsByComponent')),
    componentChart(Chart, figures.grantsByComponent),
    table('avrr-reintegration-survey', 'Reintegration Sustainability Survey, cases closed', [
      ['Dimension', s => s.dimension], ['Cases', s => s.cases],
      ['Baseline', s => number(s.baselineAverage, 2)], ['Latest', s => number(s.latestAverage, 2)]
    ], figures.survey, csv('survey')),
    table('avrr-reintegration-closuresByReason', 'Closed per reason', [
      ['Reason', c => c.reason], ['Cases', c => c.cases]
    ], figures.closuresByReason, csv('closuresByReason')));
}

function authoritiesSection(Chart, figures, filters) {
  const csv = name => '/api/reports/authorities.csv' + query(filters, { table: name });
  const months = [...new Set(figures.requests.map(r => r.month))].sort();
  const sum = (month, field) => figures.requests.filter(r => r.month === month)
    .reduce((total, r) => total + r[field], 0);
  return el('section', { id: 'avrr-report-authorities' },
    el('h3', {}, 'Authorities'),
    el('p', {}, 'Requests to the Ministry of Internal Affairs (migration-authority) and the State '
      + 'Border Committee (border-authority): failed means no usable answer (retried).'),
    chart(Chart, 'avrr-chart-authorities', 'bar', months, [
      { label: 'Answered', data: months.map(m => sum(m, 'answered')) },
      { label: 'Refused', data: months.map(m => sum(m, 'refused')) },
      { label: 'Failed', data: months.map(m => sum(m, 'failed')) }
    ], { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true,
      ticks: { precision: 0 } } } }),
    table('avrr-authorities-requests', 'Requests per touchpoint and month', [
      ['Month', r => r.month], ['Authority', r => r.authority], ['Touchpoint', r => r.touchpoint],
      ['Requests', r => r.requests], ['Answered', r => r.answered], ['Refused', r => r.refused],
      ['Failed', r => r.failed], ['Median ms', r => number(r.medianMs, 0)],
      ['90th percentile ms', r => number(r.p90Ms, 0)]
    ], figures.requests, csv('requests')),
    table('avrr-authorities-outages', 'Outages (attempts without an answer)', [
      ['Month', o => o.month], ['Authority', o => o.authority],
      ['Failed attempts', o => o.failedAttempts], ['Cases held up', o => o.casesAffected],
      ['First', o => when(o.firstFailure)], ['Last', o => when(o.lastFailure)]
    ], figures.outages, csv('outages')));
}

function workSection(work) {
  const csv = name => '/api/reports/work.csv' + query({}, { table: name });
  return el('section', { id: 'avrr-report-work' },
    el('h3', {}, 'Work waiting now'),
    el('p', {}, 'As of ' + when(work.asOf) + ' (whatever the period), oldest first.'),
    table('avrr-work-queues', 'Open tasks per group and step', [
      ['Group', q => q.group], ['Step', q => q.task], ['Open', q => q.open],
      ['Overdue', q => q.overdue], ['Oldest since', q => when(q.oldestCreated)]
    ], work.queues, csv('queues')),
    table('avrr-work-incidents', 'Incidents per step (background work out of retries)', [
      ['Process', i => i.process], ['Step', i => i.step], ['Incidents', i => i.incidents],
      ['Oldest since', i => when(i.oldest)]
    ], work.incidents, csv('incidents')));
}

async function show(filters, out, download) {
  out.innerHTML = '';
  out.appendChild(el('p', { class: 'text-muted' }, 'Loading…'));
  const [Chart, returns, stages, reintegration, authorities, work] = await Promise.all([
    loadChartJs(), report('returns', filters), report('stages', filters),
    report('reintegration', filters), report('authorities', filters), report('work', {})
  ]);
  out.innerHTML = '';
  download.setAttribute('href', '/api/reports/all.xlsx' + query(filters));
  out.appendChild(el('p', { id: 'avrr-report-period' }, 'Months ' + returns.period.from + ' to '
    + returns.period.to + ['flow', 'country', 'programme', 'mission']
      .filter(name => returns.period[name]).map(name => ', ' + name + ' ' + returns.period[name])
      .join('') + '.'));
  out.appendChild(returnsSection(Chart, returns, filters));
  out.appendChild(stagesSection(Chart, stages, filters));
  out.appendChild(reintegrationSection(Chart, reintegration, filters));
  out.appendChild(authoritiesSection(Chart, authorities, filters));
  out.appendChild(workSection(work));
}

function field(id, label, input) {
  return el('div', { class: 'form-group', style: 'margin-right: 12px' },
    el('label', { for: id, style: 'margin-right: 4px' }, label), input);
}

export default [
  {
    id: 'avrr.reports.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 4,
    properties: {
      pagePath: '#/avrr/reports',
      label: 'Reports',
      checkActive: path => path.indexOf('#/avrr/reports') > -1
    },
    label: 'Reports',
    pagePath: '#/avrr/reports',
    checkActive: path => path.indexOf('#/avrr/reports') > -1
  },
  {
    id: 'avrr.reports.route',
    pluginPoint: 'cockpit.route',
    properties: { path: '/avrr/reports' },
    render: node => {
      const input = (id, attributes) => el('input', Object.assign(
        { id, class: 'form-control', type: 'text' }, attributes));
      const from = input('avrr-report-from', { type: 'month', placeholder: 'YYYY-MM' });
      const to = input('avrr-report-to', { type: 'month', placeholder: 'YYYY-MM' });
      const flow = el('select', { id: 'avrr-report-flow', class: 'form-control' },
        el('option', { value: '' }, 'both'), el('option', { value: 'outbound' }, 'outbound'),
        el('option', { value: 'inbound' }, 'inbound'));
      const country = input('avrr-report-country',
        { placeholder: 'e.g. IQ', maxlength: '2', size: '4' });
      const programme = input('avrr-report-programme', { placeholder: 'e.g. REAG_GARP', size: '12' });
      const mission = input('avrr-report-mission', { placeholder: 'e.g. mission-deu', size: '12' });
      const button = el('button', { type: 'submit', class: 'btn btn-primary',
        id: 'avrr-report-show' }, 'Show');
      const download = el('a', { class: 'btn btn-default', id: 'avrr-report-xlsx', download: '',
        href: '/api/reports/all.xlsx' }, 'Spreadsheet (XLSX)');
      const out = el('div', { id: 'avrr-reports' });
      const form = el('form', { class: 'form-inline', style: 'margin-bottom: 16px' },
        field('avrr-report-from', 'From', from), field('avrr-report-to', 'To', to),
        field('avrr-report-flow', 'Flow', flow), field('avrr-report-country', 'Country', country),
        field('avrr-report-programme', 'Programme', programme),
        field('avrr-report-mission', 'Mission', mission), button, ' ', download);
      const run = () => show({
        from: from.value, to: to.value, flow: flow.value,
        country: country.value.trim().toUpperCase(), programme: programme.value.trim(),
        mission: mission.value.trim()
      }, out, download).catch(error => {
        out.innerHTML = '';
        out.appendChild(el('p', { class: 'text-danger', id: 'avrr-report-error' },
          String(error.message || error)));
      });
      form.addEventListener('submit', event => {
        event.preventDefault();
        run();
      });
      node.appendChild(el('section', { style: 'padding: 20px' },
        el('h2', {}, 'Reports'),
        el('p', {}, 'The office\'s figures: returns, time per stage and service levels, '
          + 'reintegration and the work waiting. The last twelve months unless you choose others.'),
        form, out));
      run();
    }
  }
];
