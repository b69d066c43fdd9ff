// The Word pane's flow against office-addin-mock's Word (which insists on load + sync before a read).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { OfficeMockObject } = require("office-addin-mock");
const { createWordPane } = require("../../src/BriefingKit.AddIn/wwwroot/word/taskpane.js");
const { element, fakeFetch } = require("./fakes.js");

const docxBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

function wordMock(text, placed) {
  return new OfficeMockObject({
    context: {
      document: {
        body: {
          text,
          insertFileFromBase64(b64, where) { placed.push({ how: "body", b64, where }); },
        },
        insertFileFromBase64(b64, where, options) { placed.push({ how: "document", b64, where, options }); },
      },
      application: {
        createDocument(b64) { placed.push({ how: "new", b64 }); return { open() { placed.push({ how: "open" }); } }; },
      },
    },
    run: async function (callback) { return callback(this.context); },
  });
}

function officeMock(wordApi15, wordApi13 = true) {
  const supported = (name, version) => name === "WordApi" && (version === "1.5" ? wordApi15 : version === "1.3" ? wordApi13 : true);
  return { context: { requirements: { isSetSupported: supported } } };
}

function pane(Word, fetch, mode = "new", Office = officeMock(true)) {
  const elements = {
    button: element(), status: element(), to: element({ value: "Deputy Director" }), from: element({ value: "Asia desk" }),
    classification: element({ value: "UNCLASSIFIED" }), mode: element({ value: mode }),
  };
  return { elements, pane: createWordPane({ Word, Office, fetch, elements }) };
}

test("Brief this document sends the body text and options and opens the memo as a new document", async () => {
  const placed = [];
  const fetch = fakeFetch({ bytes: docxBytes });
  const { elements, pane: p } = pane(wordMock("Alice: We will act.\nBob: Agreed.", placed), fetch);
  assert.equal(await p.brief(), true);
  assert.equal(fetch.calls.length, 1);
  assert.equal(fetch.calls[0].url, "/api/memo");
  assert.deepEqual(fetch.calls[0].body, { text: "Alice: We will act.\nBob: Agreed.", to: "Deputy Director", from: "Asia desk", classification: "UNCLASSIFIED" });
  assert.equal(fetch.calls[0].init.headers["Content-Type"], "application/json");
  assert.deepEqual(placed, [{ how: "new", b64: Buffer.from(docxBytes).toString("base64") }, { how: "open" }]);
  assert.equal(elements.status.dataset.state, "done");
  assert.equal(elements.button.disabled, false);
});

test("Insert mode uses the document's insertFileFromBase64 with styles on WordApi 1.5", async () => {
  const placed = [];
  const { pane: p } = pane(wordMock("Alice: Yes.", placed), fakeFetch({ bytes: docxBytes }), "insert");
  assert.equal(await p.brief(), true);
  assert.deepEqual(placed, [{ how: "document", b64: Buffer.from(docxBytes).toString("base64"), where: "End", options: { importStyles: true } }]);
});

test("Insert mode falls back to the body's insertFileFromBase64 without WordApi 1.5", async () => {
  const placed = [];
  const { pane: p } = pane(wordMock("Alice: Yes.", placed), fakeFetch({ bytes: docxBytes }), "insert", officeMock(false));
  assert.equal(await p.brief(), true);
  assert.equal(placed[0].how, "body");
});

test("An empty document is an error state and nothing is sent", async () => {
  const placed = [];
  const fetch = fakeFetch({ bytes: docxBytes });
  const { elements, pane: p } = pane(wordMock("   \n", placed), fetch);
  assert.equal(await p.brief(), false);
  assert.equal(fetch.calls.length, 0);
  assert.equal(elements.status.dataset.state, "error");
  assert.match(elements.status.textContent, /empty/);
});

test("A problem answer from the host shows its detail as text and re-enables the button", async () => {
  const placed = [];
  const detail = "The body is larger than the limit of 5 MB <b>(AddIn:MaxRequestBytes)</b>.";
  const { elements, pane: p } = pane(wordMock("Alice: Yes.", placed), fakeFetch({ status: 413, problem: { status: 413, detail } }));
  assert.equal(await p.brief(), false);
  assert.equal(elements.status.dataset.state, "error");
  assert.ok(elements.status.textContent.endsWith(detail));
  assert.equal(placed.length, 0);
  assert.equal(elements.button.disabled, false);
});

test("An unreachable host is an error state naming the host", async () => {
  const { elements, pane: p } = pane(wordMock("Alice: Yes.", []), fakeFetch(new TypeError("Failed to fetch")));
  assert.equal(await p.brief(), false);
  assert.match(elements.status.textContent, /could not be reached/);
});

test("The button is disabled while the memo is being written", async () => {
  let release;
  const gate = new Promise((r) => { release = r; });
  const placed = [];
  const slowFetch = async () => { await gate; return { ok: true, status: 200, arrayBuffer: async () => docxBytes.buffer }; };
  const { elements, pane: p } = pane(wordMock("Alice: Yes.", placed), slowFetch);
  const running = p.brief();
  await new Promise((r) => setImmediate(r));
  assert.equal(elements.button.disabled, true);
  assert.equal(elements.status.dataset.state, "busy");
  release();
  await running;
  assert.equal(elements.button.disabled, false);
});

test("Without WordApi 1.3 a new document is refused with a way out, and nothing is opened", async () => {
  const placed = [];
  const { elements, pane: p } = pane(wordMock("Alice: Yes.", placed), fakeFetch({ bytes: docxBytes }), "new", officeMock(false, false));
  assert.equal(await p.brief(), false);
  assert.equal(placed.length, 0);
  assert.match(elements.status.textContent, /At the end of this document/);
});
