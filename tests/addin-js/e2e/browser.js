// Shared by the browser tests: find Chromium, open a task pane from the host with Office.js
// stubbed and every other outside request refused, and list a zip's entries.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const SKIP = 3;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function skip(reason) {
  console.log("SKIP: " + reason);
  process.exit(SKIP);
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((c) => c && fs.existsSync(c));
}

/** The names in a zip's central directory, so the check does not trust the first bytes alone. */
function zipEntryNames(bytes) {
  const names = [];
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) return names;
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return names;
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < count && at + 46 <= bytes.length && bytes.readUInt32LE(at) === 0x02014b50; i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    names.push(bytes.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

/**
 * Opens <baseUrl><pagePath> in headless Chromium at task-pane width with the Office.js stub, sets the
 * window globals in initGlobals before any script runs, and calls check(page, problems), which returns
 * { failures, status }. Prints PASS/FAIL and sets the exit code.
 */
async function openPane(baseUrl, pagePath, initGlobals, check) {
  let playwright;
  try {
    playwright = require("playwright-core");
  } catch {
    skip("playwright-core is not installed (run npm ci in tests/addin-js)");
  }
  const executablePath = findChromium();
  if (!executablePath) skip("no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)");

  const host = new URL(baseUrl);
  const browser = await playwright.chromium.launch({ executablePath, headless: true, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 340, height: 700 } });
    const problems = [];
    page.on("pageerror", (e) => problems.push("page error: " + e.message));
    page.on("console", (m) => { if (m.type() === "error") problems.push("console error: " + m.text()); });
    const stub = fs.readFileSync(path.join(__dirname, "office-stub.js"), "utf8");
    // Office.js is stubbed; anything else off the host is refused, so the test never needs the network.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
      if (new URL(url).host === host.host) return route.continue();
      problems.push("unexpected request: " + url);
      return route.abort();
    });
    await page.addInitScript((globals) => { Object.assign(window, globals); }, initGlobals);
    await page.goto(new URL(pagePath, host).href);
    const { failures, status } = await check(page, problems);
    if (failures.length > 0) {
      console.error("FAIL:\n  " + failures.join("\n  "));
      process.exitCode = 1;
    } else {
      console.log("PASS: " + status);
    }
  } finally {
    await browser.close();
  }
}

module.exports = { openPane, zipEntryNames, skip, SKIP };
