// End to end in headless Chromium: loads the Excel task pane from the running host with Office.js
// stubbed, picks transcript files (the File API reads them in the page), chooses the week, clicks
// "Insert the matrix", and checks that an .xlsx (zip with xl/workbook.xml) reached insertWorksheetsFromBase64.
//   node e2e/excel-pane.e2e.js <host base URL> <week, e.g. 2021-W15> <save .xlsx to> <transcript file>...
// Exit 0: passed; 1: failed; 3: skipped (the reason is printed) when Chromium or playwright-core is missing.
"use strict";
const fs = require("node:fs");
const { openPane, zipEntryNames } = require("./browser.js");

async function main() {
  const [baseUrl, week, savePath, ...files] = process.argv.slice(2);
  if (!baseUrl || !week || !savePath || files.length === 0) {
    console.error("usage: node e2e/excel-pane.e2e.js <host base URL> <week> <save .xlsx to> <transcript file>...");
    process.exit(2);
  }
  await openPane(baseUrl, "/excel/taskpane.html", { __bkHost: "Excel" }, async (page, problems) => {
    await page.getByLabel("Transcript files").setInputFiles(files);
    await page.getByLabel(/^Week/).fill(week);
    const button = page.getByRole("button", { name: "Insert the matrix" });
    await page.waitForFunction(() => !document.getElementById("build").disabled);
    const listed = await page.locator("#files li").allTextContents();
    await button.click();
    await page.waitForFunction(() => ["done", "error"].includes(document.getElementById("status").dataset.state), null, { timeout: 90000 });

    const status = await page.locator("#status").textContent();
    const state = await page.locator("#status").getAttribute("data-state");
    const inserted = await page.evaluate(() => window.__bkInserted);
    const failures = [...problems];
    if (listed.length !== files.length) failures.push(`the pane lists ${listed.length} picked files, not ${files.length}`);
    if (state !== "done") failures.push(`status is ${state}: ${status}`);
    if (typeof inserted !== "string" || inserted.length === 0) failures.push("insertWorksheetsFromBase64 received no base64");
    else {
      const bytes = Buffer.from(inserted, "base64");
      const names = zipEntryNames(bytes);
      if (!names.includes("xl/workbook.xml")) failures.push("the zip has no xl/workbook.xml: " + names.join(", "));
      fs.writeFileSync(savePath, bytes);
      console.log(`insertWorksheetsFromBase64 received a ${bytes.length}-byte .xlsx with ${names.length} parts`);
    }
    return { failures, status };
  });
}

main().catch((e) => {
  console.error("FAIL: " + (e && e.stack ? e.stack : e));
  process.exit(1);
});
