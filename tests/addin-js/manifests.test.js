// Both manifests check with office-addin-manifest (offline): the unified JSON one with `validate`,
// the XML add-in-only one with `info`; and every task pane or icon URL they name is a file the host serves.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const manifestDir = path.join(__dirname, "..", "..", "src", "BriefingKit.AddIn", "Manifest");
const wwwroot = path.join(__dirname, "..", "..", "src", "BriefingKit.AddIn", "wwwroot");
const cli = path.join(__dirname, "node_modules", "office-addin-manifest", "cli.js");

function manifestCli(...args) {
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", timeout: 60000 });
  return { status: run.status, output: (run.stdout || "") + (run.stderr || "") };
}

function hostUrls(text) {
  return [...new Set([...text.matchAll(/https:\/\/localhost:3000(\/[^"<\s]+)/g)].map((m) => m[1]))];
}

test("the unified JSON manifest passes office-addin-manifest validate", () => {
  const run = manifestCli("validate", path.join(manifestDir, "manifest.json"));
  assert.equal(run.status, 0, run.output);
  assert.doesNotMatch(run.output, /not valid/i);
});

test("validate fails on a broken copy of the JSON manifest, so the check above can fail", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bk-manifest-"));
  for (const icon of ["color.png", "outline.png"]) fs.copyFileSync(path.join(manifestDir, icon), path.join(dir, icon));
  const broken = JSON.parse(fs.readFileSync(path.join(manifestDir, "manifest.json"), "utf8"));
  broken.extensions[0].runtimes[0].lifetime = "forever";
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(broken));
  const run = manifestCli("validate", path.join(dir, "manifest.json"));
  assert.notEqual(run.status, 0, run.output);
  assert.match(run.output, /lifetime/);
});

test("the JSON manifest declares Word (WordApi 1.3) and Excel (ExcelApi 1.13) task panes", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(manifestDir, "manifest.json"), "utf8"));
  const runtimes = manifest.extensions[0].runtimes;
  const caps = runtimes.flatMap((r) => r.requirements.capabilities.map((c) => `${c.name} ${c.minVersion}`));
  assert.deepEqual(caps.sort(), ["ExcelApi 1.13", "WordApi 1.3"]);
  assert.deepEqual(runtimes.map((r) => r.code.page).sort(),
    ["https://localhost:3000/excel/taskpane.html", "https://localhost:3000/word/taskpane.html"]);
});

test("the XML add-in-only manifest is read by office-addin-manifest info with both hosts", () => {
  const run = manifestCli("info", path.join(manifestDir, "manifest.xml"));
  assert.equal(run.status, 0, run.output);
  assert.match(run.output, /Hosts: Document, Workbook/);
  assert.match(run.output, /Type: TaskPaneApp/);
  assert.match(run.output, /Id: 6f2d3c1e-8b4a-4f0e-9c57-2a1b7d9e4c30/);
});

test("both manifests carry the same id and every host URL they name is served from wwwroot", () => {
  const json = fs.readFileSync(path.join(manifestDir, "manifest.json"), "utf8");
  const xml = fs.readFileSync(path.join(manifestDir, "manifest.xml"), "utf8");
  assert.ok(xml.includes(`<Id>${JSON.parse(json).id}</Id>`));
  const urls = hostUrls(json + xml);
  assert.ok(urls.length >= 5, urls.join(", "));
  for (const url of urls) assert.ok(fs.existsSync(path.join(wwwroot, url)), `${url} is not in wwwroot`);
});
