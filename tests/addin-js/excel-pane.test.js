// The Excel pane's flow against office-addin-mock's Excel, with files made through the File API.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { File } = require("node:buffer");
const { OfficeMockObject } = require("office-addin-mock");
const { createExcelPane, readTranscriptFiles } = require("../../src/BriefingKit.AddIn/wwwroot/excel/taskpane.js");
const { element, fakeFetch } = require("./fakes.js");

const xlsxBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 8, 7]);

function excelMock(inserted) {
  return new OfficeMockObject({
    context: {
      workbook: {
        insertWorksheetsFromBase64(b64, options) { inserted.push({ b64, options }); return []; },
      },
    },
    run: async function (callback) { return callback(this.context); },
  });
}

function pane(files, week, fetch, inserted, platform = "PC") {
  const elements = { files: element({ files }), week: element({ value: week }), button: element(), status: element(), list: null };
  const Office = { context: { platform } }; // Office.context is plain data in Office.js, not a proxy to load.
  return { elements, pane: createExcelPane({ Excel: excelMock(inserted), Office, fetch, elements }) };
}

test("readTranscriptFiles reads every picked file's text and name", async () => {
  const files = [new File(["Alice: one"], "a.md"), new File(["Bob: two"], "b.txt")];
  assert.deepEqual(await readTranscriptFiles(files), [{ text: "Alice: one", fileName: "a.md" }, { text: "Bob: two", fileName: "b.txt" }]);
});

test("Several files and the week go to /api/matrix and the sheets are inserted", async () => {
  const inserted = [];
  const fetch = fakeFetch({ bytes: xlsxBytes });
  const files = [new File(["Alice: one"], "2021-04-13-a.md"), new File(["Bob: two"], "2021-04-14-b.md")];
  const { elements, pane: p } = pane(files, "2021-W15", fetch, inserted);
  assert.equal(await p.build(), true);
  assert.equal(fetch.calls[0].url, "/api/matrix");
  assert.deepEqual(fetch.calls[0].body, {
    transcripts: [{ text: "Alice: one", fileName: "2021-04-13-a.md" }, { text: "Bob: two", fileName: "2021-04-14-b.md" }],
    week: "2021-W15",
  });
  assert.deepEqual(inserted, [{ b64: Buffer.from(xlsxBytes).toString("base64"), options: { positionType: "End" } }]);
  assert.equal(elements.status.dataset.state, "done");
});

test("Without a week none is sent, so the host takes the latest", async () => {
  const fetch = fakeFetch({ bytes: xlsxBytes });
  const { pane: p } = pane([new File(["Alice: one"], "a.md")], "", fetch, []);
  await p.build();
  assert.equal("week" in fetch.calls[0].body, false);
});

test("No files picked is an error state and nothing is sent", async () => {
  const fetch = fakeFetch({ bytes: xlsxBytes });
  const { elements, pane: p } = pane([], "", fetch, []);
  assert.equal(await p.build(), false);
  assert.equal(fetch.calls.length, 0);
  assert.equal(elements.status.dataset.state, "error");
});

test("A 422 from the host is shown and nothing is inserted", async () => {
  const inserted = [];
  const detail = "None of the transcripts has a date, and the matrix groups transcripts by week.";
  const { elements, pane: p } = pane([new File(["x"], "a.md")], "", fakeFetch({ status: 422, problem: { detail } }), inserted);
  assert.equal(await p.build(), false);
  assert.ok(elements.status.textContent.endsWith(detail));
  assert.equal(inserted.length, 0);
});

test("On Excel on the web the pane asks for a workbook without notes or charts", async () => {
  const fetch = fakeFetch({ bytes: xlsxBytes });
  const { pane: p } = pane([new File(["Alice: one"], "a.md")], "", fetch, [], "OfficeOnline");
  assert.equal(await p.build(), true);
  assert.equal(fetch.calls[0].body.forWeb, true);
});
