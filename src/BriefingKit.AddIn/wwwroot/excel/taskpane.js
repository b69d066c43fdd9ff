// Excel task pane: pick transcript files (read in the browser with the File API, so no path
// reaches the host), choose the week, ask the host for the matrix and insert its sheets.
(function (root) {
  "use strict";
  const api = root.BriefingKitApi || (typeof require === "function" ? require("../shared/briefingkit-api.js") : null);

  /** Reads picked files as text with the File API: [{ text, fileName }]. */
  async function readTranscriptFiles(files) {
    const list = Array.from(files || []);
    return Promise.all(list.map(async (file) => ({ text: await file.text(), fileName: file.name })));
  }

  /** Inserts every sheet of the workbook (base64) after the last sheet (ExcelApi 1.13). */
  async function insertSheets(Excel, base64) {
    await Excel.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
      await context.sync();
    });
  }

  /** Wires the pane. elements: { files, week, button, status, list }. Returns { build } for tests. */
  function createExcelPane(deps) {
    const { Excel, Office, fetch, elements, apiBase } = deps;
    // Excel on the web cannot insert sheets with notes or charts; the host then writes notes as a column.
    const onTheWeb = !!(Office && Office.context && Office.context.platform === "OfficeOnline");
    const base = apiBase || "";

    function showPicked() {
      const names = Array.from(elements.files.files || []).map((f) => f.name);
      if (elements.list) {
        elements.list.replaceChildren(...names.map((name) => {
          const item = root.document.createElement("li");
          item.textContent = name;
          return item;
        }));
      }
      elements.button.disabled = names.length === 0;
    }

    async function build() {
      elements.button.disabled = true;
      try {
        const files = elements.files.files;
        if (!files || files.length === 0) {
          api.showStatus(elements.status, "Pick one or more transcript files first.", "error");
          return false;
        }
        api.showStatus(elements.status, "Reading " + files.length + " file(s)…", "busy");
        const transcripts = await readTranscriptFiles(files);
        api.showStatus(elements.status, "Building the matrix…", "busy");
        const body = { transcripts };
        if (elements.week.value) body.week = elements.week.value;
        if (onTheWeb) body.forWeb = true;
        const base64 = await api.postForBase64(fetch, base + "/api/matrix", body);
        api.showStatus(elements.status, "Inserting the sheets…", "busy");
        await insertSheets(Excel, base64);
        api.showStatus(elements.status, "The matrix sheets were added to this workbook.", "done");
        return true;
      } catch (e) {
        api.showStatus(elements.status, "Could not build the matrix: " + (e && e.message ? e.message : String(e)), "error");
        return false;
      } finally {
        elements.button.disabled = !(elements.files.files && elements.files.files.length);
      }
    }

    elements.files.addEventListener("change", showPicked);
    elements.button.addEventListener("click", () => { build(); });
    return { build };
  }

  function start() {
    const byId = (id) => root.document.getElementById(id);
    root.Office.onReady(() => {
      createExcelPane({
        Excel: root.Excel,
        Office: root.Office,
        fetch: root.fetch.bind(root),
        elements: { files: byId("files-input"), week: byId("week"), button: byId("build"), status: byId("status"), list: byId("files") },
      });
    });
  }

  const pane = { createExcelPane, readTranscriptFiles, insertSheets, start };
  root.BriefingKitExcelPane = pane;
  if (typeof module !== "undefined" && module.exports) module.exports = pane;
  else start();
})(typeof globalThis !== "undefined" ? globalThis : this);
