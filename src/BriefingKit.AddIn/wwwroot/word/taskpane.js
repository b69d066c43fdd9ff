// Word task pane: "Brief this document" reads the open document's text, asks the host for a
// memo and opens it as a new document (WordApi 1.3) or inserts it at the end (WordApi 1.5).
(function (root) {
  "use strict";
  const api = root.BriefingKitApi || (typeof require === "function" ? require("../shared/briefingkit-api.js") : null);

  /** Reads the body's text. Word proxies need load + sync before a property can be read. */
  async function readDocumentText(Word) {
    return Word.run(async (context) => {
      const body = context.document.body;
      body.load("text");
      await context.sync();
      return body.text;
    });
  }

  /** Puts the memo into Word: a new document, or the end of this one with the memo's styles. */
  async function placeMemo(Word, Office, base64, mode) {
    await Word.run(async (context) => {
      if (mode === "insert") {
        if (Office.context.requirements.isSetSupported("WordApi", "1.5")) {
          context.document.insertFileFromBase64(base64, "End", { importStyles: true });
        } else {
          context.document.body.insertFileFromBase64(base64, "End");
        }
      } else {
        // createDocument is WordApi 1.3; older Word (2016 without updates) has no way to open a new document.
        if (!Office.context.requirements.isSetSupported("WordApi", "1.3")) {
          throw new Error("this version of Word cannot open a new document (WordApi 1.3); choose \"At the end of this document\".");
        }
        context.application.createDocument(base64).open();
      }
      await context.sync();
    });
  }

  /**
   * Wires the pane. elements: { button, status, to, from, classification, mode } (mode's value is
   * "new" or "insert"). Returns { brief } so tests can run the flow without a click.
   */
  function createWordPane(deps) {
    const { Word, Office, fetch, elements, apiBase } = deps;
    const base = apiBase || "";

    async function brief() {
      elements.button.disabled = true;
      try {
        api.showStatus(elements.status, "Reading the document…", "busy");
        const text = await readDocumentText(Word);
        if (!text || !text.trim()) {
          api.showStatus(elements.status, "The document is empty: there is nothing to brief.", "error");
          return false;
        }
        api.showStatus(elements.status, "Writing the memo…", "busy");
        const base64 = await api.postForBase64(fetch, base + "/api/memo", {
          text,
          to: elements.to.value,
          from: elements.from.value,
          classification: elements.classification.value,
        });
        const mode = elements.mode.value === "insert" ? "insert" : "new";
        api.showStatus(elements.status, mode === "insert" ? "Inserting the memo…" : "Opening the memo…", "busy");
        await placeMemo(Word, Office, base64, mode);
        api.showStatus(elements.status,
          mode === "insert" ? "The memo was added at the end of this document." : "The memo opened as a new document.", "done");
        return true;
      } catch (e) {
        api.showStatus(elements.status, "Could not brief this document: " + (e && e.message ? e.message : String(e)), "error");
        return false;
      } finally {
        elements.button.disabled = false;
      }
    }

    elements.button.addEventListener("click", () => { brief(); });
    return { brief };
  }

  function start() {
    const byId = (id) => root.document.getElementById(id);
    root.Office.onReady(() => {
      createWordPane({
        Word: root.Word,
        Office: root.Office,
        fetch: root.fetch.bind(root),
        elements: {
          button: byId("brief"), status: byId("status"), to: byId("to"), from: byId("from"),
          classification: byId("classification"), mode: byId("mode"),
        },
      });
      byId("brief").disabled = false;
    });
  }

  const pane = { createWordPane, readDocumentText, placeMemo, start };
  root.BriefingKitWordPane = pane;
  if (typeof module !== "undefined" && module.exports) module.exports = pane;
  else start();
})(typeof globalThis !== "undefined" ? globalThis : this);
