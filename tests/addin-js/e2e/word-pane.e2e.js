// End to end in headless Chromium: loads the Word task pane from the running host with Office.js
// stubbed, clicks "Brief this document", and checks that a .docx (zip with word/document.xml)
// reached createDocument and was opened.
//   node e2e/word-pane.e2e.js <host base URL> <transcript file> [where to save the .docx]
// Exit 0: passed; 1: failed; 3: skipped (the reason is printed) when Chromium or playwright-core is missing.
"use strict";
const fs = require("node:fs");
const { openPane, zipEntryNames } = require("./browser.js");

async function main() {
  const [baseUrl, transcriptPath, savePath] = process.argv.slice(2);
  if (!baseUrl || !transcriptPath) {
    console.error("usage: node e2e/word-pane.e2e.js <host base URL> <transcript file> [save .docx to]");
    process.exit(2);
  }
  const globals = { __bkHost: "Word", __bkDocumentText: fs.readFileSync(transcriptPath, "utf8") };
  await openPane(baseUrl, "/word/taskpane.html", globals, async (page, problems) => {
    await page.getByLabel("To").fill("Deputy Director");
    await page.getByLabel("Classification").fill("UNCLASSIFIED");
    const button = page.getByRole("button", { name: "Brief this document" });
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
      if (!names.includes("word/document.xml")) failures.push("the zip has no word/document.xml: " + names.join(", "));
      if (savePath) fs.writeFileSync(savePath, bytes);
      console.log(`createDocument received a ${bytes.length}-byte .docx with ${names.length} parts; opened: ${opened}`);
    }
    if (!opened) failures.push("the new document was not opened");
    return { failures, status };
  });
}

main().catch((e) => {
  console.error("FAIL: " + (e && e.stack ? e.stack : e));
  process.exit(1);
});
