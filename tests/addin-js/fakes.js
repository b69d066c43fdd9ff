// Small stand-ins for the pane's DOM elements and fetch. Status elements refuse innerHTML, so a
// pane that ever wrote markup (or document text as markup) fails the test.
"use strict";

function element(props = {}) {
  const listeners = {};
  const el = {
    value: "",
    disabled: false,
    dataset: {},
    _text: "",
    get textContent() { return this._text; },
    set textContent(v) { this._text = String(v); },
    get innerHTML() { throw new Error("panes must not read innerHTML"); },
    set innerHTML(_) { throw new Error("panes must set text with textContent, never innerHTML"); },
    addEventListener(type, fn) { (listeners[type] = listeners[type] || []).push(fn); },
    dispatch(type) { (listeners[type] || []).forEach((fn) => fn()); },
    ...props,
  };
  return el;
}

/** A fetch that records requests and answers with the given status and body bytes or problem JSON. */
function fakeFetch(answer) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, init, body: JSON.parse(init.body) });
    if (answer instanceof Error) throw answer;
    const { status = 200, bytes = new Uint8Array(), problem } = answer;
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: "",
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      json: async () => { if (!problem) throw new Error("not json"); return problem; },
    };
  };
  fetch.calls = calls;
  return fetch;
}

module.exports = { element, fakeFetch };
