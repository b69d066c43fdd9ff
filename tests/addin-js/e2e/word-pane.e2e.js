// End to end in headless Chromium: loads the Word task pane from the running host with Office.js
// stubbed, clicks "Brief this document", and checks that a .docx (zip with word/document.xml)
// reached createDocument and was opened.
//   node e2e/word-pane.e2e.js <host base URL> <transcript file> [where to save the .docx]
// Exit 0: passed; 1: failed; 3: skipped (the reason is printed) when Chromium or playwright-core is missing.
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

async function main() {
  const [baseUrl, transcriptPath, savePath] = process.argv.slice(2);
  if (!baseUrl || !transcriptPath) {
    console.error("usage: node e2e/word-pane.e2e.js <host base URL> <transcript file> [save .docx to]");
    process.exit(2);
  }
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
    await page.addInitScript((text) => { window.__bkDocumentText = text; }, fs.readFileSync(transcriptPath, "utf8"));

    await page.goto(new URL("/word/taskpane.html", host).href);
    await page.getByLabel("To").fill("Deputy Director");
    await page.getByLabel("Classification").fill("UNCLASSIFIED");
    const button = page.getByRole("button", { name: "Brief this document" });
    await button.waitFor();
    await page.waitForFunction(() => !document.getElementById("brief").disabled);
    await button.click();
    await page.waitForFunction(() => ["done", "error"].includes(document.getElementById("status").dataset.state), null, { timeout: 60000 });

    const status = await page.locator("#status").textContent();
    const state = await page.locator("#status").getAttribute("data-state");
    const created = await page.evaluate(() => window.__bkCreated);
    const opened = await page.evaluate(() => window.__bkOpened === true);
    const calls = await page.evaluate(() => window.__bkCalls);

    const failures = [...problems];
    if (state !== "done") failures.push(`status is ${state}: ${status}`);
    if (!calls.includes("load:text")) failures.push("the pane did not load the body's text before reading it: " + calls.join(","));
    if (typeof created !== "string" || created.length === 0) failures.push("createDocument received no base64");
    else {
      const bytes = Buffer.from(created, "base64");
      const names = zipEntryNames(bytes);
      if (bytes.readUInt32LE(0) !== 0x04034b50) failures.push("createDocument's data is not a zip");
      if (!names.includes("word/document.xml")) failures.push("the zip has no word/document.xml: " + names.join(", "));
      if (savePath) fs.writeFileSync(savePath, bytes);
      console.log(`createDocument received a ${bytes.length}-byte .docx with ${names.length} parts; opened: ${opened}`);
    }
    if (!opened) failures.push("the new document was not opened");
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

main().catch((e) => {
  console.error("FAIL: " + (e && e.stack ? e.stack : e));
  process.exit(1);
});
