// The step editor page. It knows nothing about any particular API: the palette comes
// from /api/plugins, the reference and the form from the step's descriptor (JSON
// Schema + UI hints), validation, the prepared request and results from the component.
'use strict';

const $ = (id) => document.getElementById(id);
let plugins = [];
let current = null;
let descriptor = null;
let state = {};
let timer = null;
let sequence = 0;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.filter((c) => c !== undefined && c !== null));
  return node;
}

async function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(path, init);
  const data = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function setStatus(text) { $('status').textContent = text; }

// ---- JSON Pointer helpers (RFC 6901) ----
const escapeToken = (t) => String(t).replace(/~/g, '~0').replace(/\//g, '~1');
const tokens = (ptr) => ptr.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
const domId = (prefix, ptr) => prefix + ptr.replace(/[^A-Za-z0-9]/g, (c) => '_' + c.charCodeAt(0).toString(16));

function getAt(ptr) {
  let node = state;
  for (const t of tokens(ptr)) {
    if (node === null || typeof node !== 'object' || !(t in node)) return undefined;
    node = node[t];
  }
  return node;
}

/** Sets (or with `undefined`, removes) the value at `ptr`, pruning emptied objects. */
function setAt(ptr, value) {
  const path = tokens(ptr);
  const parents = [state];
  let node = state;
  for (const [i, t] of path.slice(0, -1).entries()) {
    if (node[t] === undefined || node[t] === null || typeof node[t] !== 'object') {
      if (value === undefined) return;
      node[t] = /^\d+$/.test(path[i + 1]) ? [] : {};
    }
    node = node[t];
    parents.push(node);
  }
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node[last] = undefined; else delete node[last];
    for (let i = parents.length - 1; i > 0; i--) {
      const p = parents[i];
      if (!Array.isArray(p) && Object.keys(p).length === 0) delete parents[i - 1][path[i - 1]];
      else break;
    }
  } else {
    node[last] = value;
  }
}

/** The state without `undefined` array holes: what is sent to the component. */
function currentInput() {
  return JSON.parse(JSON.stringify(state, (k, v) => (Array.isArray(v) ? v.filter((x) => x !== undefined) : v)));
}

// ---- palette ----
async function loadPalette() {
  try {
    plugins = (await api('/api/plugins')).plugins;
    renderPalette();
    setStatus(`${plugins.length} step${plugins.length === 1 ? '' : 's'} available`);
  } catch (e) {
    setStatus(`Cannot list steps: ${e.message}`);
  }
}

function renderPalette() {
  const query = $('search').value.trim().toLowerCase();
  const list = $('plugins');
  list.replaceChildren();
  for (const p of plugins) {
    const text = `${p.title} ${p.name || ''} ${p.endpoint || ''} ${p.id}`.toLowerCase();
    if (query && !text.includes(query)) continue;
    const button = el('button', { type: 'button', 'aria-current': current === p.id ? 'true' : undefined }, p.title,
      p.endpoint ? el('small', {}, p.endpoint) : null, p.error ? el('small', { class: 'error' }, p.error) : null);
    button.addEventListener('click', () => openPlugin(p.id));
    list.append(el('li', {}, button));
  }
}

// ---- reference ----
const typeOf = (schema) => (Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type);

function badges(node, schema, required) {
  if (required) node.append(el('span', { class: 'required', title: 'required', 'aria-label': 'required' }, '*'));
  if (schema.deprecated) node.append(el('span', { class: 'deprecated' }, 'deprecated'));
}

function renderReference() {
  $('ref-title').textContent = descriptor.title;
  $('ref-endpoint').textContent = descriptor.endpoint;
  $('ref-description').textContent = descriptor.description;
  $('ref-docs').href = descriptor.documentation_url;
  const list = $('ref-list');
  list.replaceChildren();
  const walk = (schema, path, required) => {
    if (path) {
      const dt = el('dt', {}, path);
      badges(dt, schema, required);
      list.append(dt, el('dd', {}, schema.description || ''));
    }
    const t = typeOf(schema);
    if (t === 'object' && schema.properties) {
      for (const [k, s] of Object.entries(schema.properties)) walk(s, path ? `${path}.${k}` : k, (schema.required || []).includes(k));
    } else if (t === 'array' && schema.items) {
      walk(schema.items, `${path}[]`, false);
    }
  };
  walk(descriptor.input_schema, '', false);
}

// ---- form generated from the input schema ----
function errorBox(ptr) {
  return el('div', { class: 'messages', id: domId('e', ptr), 'aria-live': 'polite' });
}

function renderForm() {
  const form = $('form');
  form.replaceChildren();
  const schema = descriptor.input_schema;
  for (const [name, child] of Object.entries(schema.properties || {})) {
    renderNode(name, child, '/' + escapeToken(name), form, (schema.required || []).includes(name));
  }
  form.append(errorBox(''));
}

function renderNode(name, schema, ptr, parent, required) {
  const type = typeOf(schema);
  if (type === 'object' && schema.properties) {
    const legend = el('legend', {}, name);
    badges(legend, schema, required);
    const set = el('fieldset', { id: domId('f', ptr) }, legend);
    if (schema.description) set.append(el('span', { class: 'doc' }, schema.description));
    for (const [key, child] of Object.entries(schema.properties)) {
      renderNode(key, child, `${ptr}/${escapeToken(key)}`, set, (schema.required || []).includes(key));
    }
    set.append(errorBox(ptr));
    parent.append(set);
    return;
  }
  if (type === 'array') {
    renderArray(name, schema, ptr, parent, required);
    return;
  }
  if (type === 'object') {
    renderJson(name, schema, ptr, parent, required);
    return;
  }
  renderLeaf(name, schema, ptr, parent, required);
}

// An object with no declared properties (a map such as a request's headers): edited as
// JSON; text that is not JSON is kept as typed, so validation says what is wrong.
function renderJson(name, schema, ptr, parent, required) {
  const id = domId('f', ptr);
  const label = el('label', { for: id }, name);
  badges(label, schema, required);
  const value = getAt(ptr);
  const input = el('textarea', { id, rows: 4, spellcheck: 'false' });
  if (value !== undefined) input.value = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  input.addEventListener('input', () => {
    let parsed = input.value.trim() === '' ? undefined : input.value;
    try { parsed = JSON.parse(input.value); } catch (_) { /* kept as text */ }
    setAt(ptr, parsed);
    changed();
  });
  appendField(parent, schema, ptr, label, input);
}

/** Whether the descriptor's UI hints ask for a multi-line field at `ptr`. */
function multiline(ptr) {
  const widgets = (descriptor && descriptor.ui_hints && descriptor.ui_hints.widgets) || {};
  return widgets[ptr.replace(/\/\d+(?=\/|$)/g, '/-')] === 'textarea';
}

function appendField(parent, schema, ptr, label, input) {
  const doc = schema.description ? el('span', { class: 'doc', id: domId('d', ptr) }, schema.description) : null;
  if (doc) input.setAttribute('aria-describedby', `${domId('d', ptr)} ${domId('e', ptr)}`);
  parent.append(el('div', { class: 'field' }, label, input, doc, errorBox(ptr)));
}

function renderArray(name, schema, ptr, parent, required) {
  const legend = el('legend', {}, name);
  badges(legend, schema, required);
  const set = el('fieldset', { id: domId('f', ptr) }, legend);
  if (schema.description) set.append(el('span', { class: 'doc' }, schema.description));
  const items = getAt(ptr);
  (Array.isArray(items) ? items : []).forEach((item, index) => {
    if (item === undefined) return;
    const itemPtr = `${ptr}/${index}`;
    const box = el('div', { class: 'item' });
    renderNode(`${name} #${index + 1}`, schema.items || {}, itemPtr, box, false);
    const remove = el('button', { type: 'button', class: 'secondary' }, `Remove ${name} #${index + 1}`);
    remove.addEventListener('click', () => { getAt(ptr).splice(index, 1); if (getAt(ptr).length === 0) setAt(ptr, undefined); renderForm(); changed(); });
    box.append(remove);
    set.append(box);
  });
  const add = el('button', { type: 'button', class: 'secondary', id: domId('add', ptr) }, `Add ${name} item`);
  add.addEventListener('click', () => {
    const list = Array.isArray(getAt(ptr)) ? getAt(ptr).filter((x) => x !== undefined) : [];
    list.push(typeOf(schema.items || {}) === 'object' ? {} : '');
    setAt(ptr, list);
    renderForm();
    changed();
    const fresh = document.getElementById(domId('f', `${ptr}/${list.length - 1}`));
    (fresh && fresh.querySelector('input, select') || add).focus();
  });
  set.append(add, errorBox(ptr));
  parent.append(set);
}

const NOT_SET = '';

function renderLeaf(name, schema, ptr, parent, required) {
  const id = domId('f', ptr);
  const type = typeOf(schema);
  const label = el('label', { for: id }, name);
  badges(label, schema, required);
  const value = getAt(ptr);
  let input;
  // A number listed next to its own string spelling ("4" and 4) is an accepted
  // alternative, not a second choice: offer the string only.
  const listed = schema.enum ? schema.enum.filter((c) => typeof c !== 'number' || !schema.enum.includes(String(c))) : null;
  const choices = listed || (type === 'boolean' ? [true, false].concat(Array.isArray(schema.type) && schema.type.includes('null') ? [null] : []) : null);
  if (choices) {
    input = el('select', { id });
    input.append(el('option', { value: NOT_SET }, '(not set)'));
    for (const choice of choices) input.append(el('option', { value: JSON.stringify(choice) }, choice === null ? 'null' : String(choice)));
    if (value !== undefined && !choices.some((c) => c === value)) {
      const accepted = (schema.enum || []).some((c) => c === value);
      input.append(el('option', { value: JSON.stringify(value) }, `${JSON.stringify(value)}${accepted ? '' : ' (invalid)'}`));
    }
    input.value = value === undefined ? NOT_SET : JSON.stringify(value);
    input.addEventListener('change', () => { setAt(ptr, input.value === NOT_SET ? undefined : JSON.parse(input.value)); changed(); });
  } else {
    const numeric = type === 'integer' || type === 'number';
    input = !numeric && !schema.writeOnly && multiline(ptr)
      ? el('textarea', { id, rows: 6, spellcheck: 'false' })
      : el('input', {
        id,
        type: schema.writeOnly ? 'password' : numeric ? 'number' : 'text',
        step: type === 'integer' ? '1' : undefined,
        autocomplete: schema.writeOnly ? 'new-password' : 'off',
      });
    if (value !== undefined && value !== null) input.value = String(value);
    input.addEventListener('input', () => {
      const text = input.value;
      let parsed = text === '' ? undefined : text;
      if (numeric && text !== '') parsed = Number.isFinite(Number(text)) ? Number(text) : text;
      setAt(ptr, parsed);
      changed();
    });
  }
  appendField(parent, schema, ptr, label, input);
}

// ---- live validation and the prepared request ----
function settings() {
  return { environment: $('env').value, base_url: $('base-url').value.trim() || null };
}

function changed() {
  $('json').value = JSON.stringify(currentInput(), null, 2);
  clearTimeout(timer);
  timer = setTimeout(refresh, 250);
}

async function refresh() {
  const mine = ++sequence;
  const body = { input: currentInput(), settings: settings() };
  try {
    const [validation, prepared] = await Promise.all([
      api(`/api/plugins/${current}/validate`, body),
      api(`/api/plugins/${current}/prepare`, body),
    ]);
    if (mine !== sequence) return;
    showMessages(validation);
    showPrepared(prepared);
  } catch (e) {
    if (mine === sequence) setStatus(`Validation failed: ${e.message}`);
  }
}

/** The message box for a pointer, or for its nearest ancestor that has one. */
function boxFor(ptr) {
  let p = ptr;
  for (;;) {
    const box = document.getElementById(domId('e', p));
    if (box || p === '') return box;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

function showMessages(validation) {
  for (const box of document.querySelectorAll('#form .messages')) box.replaceChildren();
  for (const node of document.querySelectorAll('#form [aria-invalid]')) { node.removeAttribute('aria-invalid'); node.classList.remove('invalid'); }
  const errors = validation.errors || [];
  const warnings = validation.warnings || [];
  for (const [list, cls] of [[errors, 'error'], [warnings, 'warning']]) {
    for (const item of list) {
      const box = boxFor(item.path);
      if (box) box.append(el('div', { class: cls, 'data-code': item.code, 'data-path': item.path }, item.message));
      const field = document.getElementById(domId('f', item.path));
      if (field && cls === 'error') { field.setAttribute('aria-invalid', 'true'); field.classList.add('invalid'); }
    }
  }
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  $('summary').textContent = validation.valid ? `valid · ${plural(warnings.length, 'warning')}` : `${plural(errors.length, 'error')} · ${plural(warnings.length, 'warning')}`;
  $('summary').className = `summary ${validation.valid ? 'ok' : 'fail'}`;
}

function showPrepared(prepared) {
  if (!prepared.ok) {
    $('request').textContent = `(not ready: ${prepared.error.message})`;
    return;
  }
  const r = prepared.request;
  const headers = Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`).join('\n');
  $('request').textContent = `${r.method} ${r.url}\n${headers}\n\n${JSON.stringify(r.body, null, 2)}`;
}

// ---- Test request and export ----
function kv(pairs) {
  const dl = el('dl', { class: 'kv' });
  for (const [k, v] of pairs) dl.append(el('dt', {}, k), el('dd', { 'data-key': k }, v === null || v === undefined ? 'null' : typeof v === 'object' ? JSON.stringify(v) : String(v)));
  return dl;
}

async function testRequest() {
  const button = $('test');
  button.disabled = true;
  setStatus('Running…');
  try {
    const result = await api(`/api/plugins/${current}/execute`, { input: currentInput(), settings: settings() });
    const box = $('result-summary');
    box.replaceChildren();
    if (result.ok) {
      box.append(el('p', { class: 'ok' }, 'Success'), kv(Object.entries(result.outputs.summary || {})));
      $('result-json').textContent = JSON.stringify(result.outputs, null, 2);
    } else {
      const e = result.error;
      box.append(el('p', { class: 'fail' }, `Failed: ${e.kind}`), kv([
        ['kind', e.kind], ['code', e.code], ['retryable', e.retryable], ['http_status', e.http_status],
        ['request_id', e.request_id], ['suggested_action', e.suggested_action], ['message', e.message],
      ]));
      $('result-json').textContent = JSON.stringify(e, null, 2);
    }
    $('result').hidden = false;
    setStatus(result.ok ? 'Test request succeeded' : 'Test request failed');
  } catch (e) {
    setStatus(`Test request failed: ${e.message}`);
  } finally {
    button.disabled = false;
  }
}

async function exportStep() {
  try {
    const result = await api(`/api/plugins/${current}/export`, { input: currentInput(), settings: settings() });
    $('export-input').value = JSON.stringify(result.step_input, null, 2);
    $('export-task').value = JSON.stringify(result.workflow_task, null, 2);
    $('exported').hidden = false;
    setStatus('Exported');
  } catch (e) {
    setStatus(`Export failed: ${e.message}`);
  }
}

// ---- opening a step ----
async function openPlugin(id) {
  try {
    descriptor = await api(`/api/plugins/${id}/descriptor`);
  } catch (e) {
    setStatus(`Cannot open ${id}: ${e.message}`);
    return;
  }
  current = id;
  state = {};
  renderPalette();
  renderReference();
  const env = $('env');
  env.replaceChildren(...descriptor.settings.environments.map((e) => el('option', { value: e }, e[0].toUpperCase() + e.slice(1))));
  $('result').hidden = true;
  $('exported').hidden = true;
  renderForm();
  $('step').hidden = false;
  setStatus(`Opened ${descriptor.title}`);
  changed();
}

function jsonEdited() {
  const text = $('json').value;
  try {
    const parsed = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('the step input must be a JSON object');
    $('json-error').textContent = '';
    state = parsed;
    renderForm();
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  } catch (e) {
    $('json-error').textContent = e.message;
  }
}

$('search').addEventListener('input', renderPalette);
$('env').addEventListener('change', changed);
$('base-url').addEventListener('input', changed);
$('json').addEventListener('input', jsonEdited);
$('test').addEventListener('click', testRequest);
$('export').addEventListener('click', exportStep);
$('form').addEventListener('submit', (e) => e.preventDefault());
loadPalette();
