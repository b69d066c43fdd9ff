// The shared API helper: base64 of large answers and problem details.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const api = require("../../src/BriefingKit.AddIn/wwwroot/shared/briefingkit-api.js");
const { fakeFetch } = require("./fakes.js");

test("arrayBufferToBase64 matches Buffer's base64 for a body larger than one chunk", () => {
  const bytes = new Uint8Array(200001).map((_, i) => (i * 31) % 256);
  assert.equal(api.arrayBufferToBase64(bytes.buffer), Buffer.from(bytes).toString("base64"));
});

test("A non-problem error answer names the status", async () => {
  await assert.rejects(api.postForBase64(fakeFetch({ status: 502 }), "/api/memo", {}), /answered 502/);
});
