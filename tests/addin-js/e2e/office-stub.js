// Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser test:
// Word with a body whose text the test sets (window.__bkDocumentText), and createDocument recording
// the base64 it receives (window.__bkCreated) and whether the new document was opened; Excel whose
// insertWorksheetsFromBase64 records its workbook (window.__bkInserted).
(function () {
  "use strict";
  const calls = [];
  window.__bkCalls = calls;
  const context = {
    document: {
      body: {
        text: undefined,
        load(property) { calls.push("load:" + property); this.text = window.__bkDocumentText; },
      },
    },
    application: {
      createDocument(base64) {
        calls.push("createDocument");
        window.__bkCreated = base64;
        return { open() { calls.push("open"); window.__bkOpened = true; } };
      },
    },
    async sync() { calls.push("sync"); },
  };
  window.Word = { run: async (callback) => callback(context) };
  // Excel: insertWorksheetsFromBase64 records what it is given (window.__bkInserted).
  const excelContext = {
    workbook: {
      insertWorksheetsFromBase64(base64, options) {
        calls.push("insertWorksheetsFromBase64");
        window.__bkInserted = base64;
        window.__bkInsertOptions = options;
        return { items: [] };
      },
    },
    async sync() { calls.push("sync"); },
  };
  window.Excel = { run: async (callback) => callback(excelContext) };
  window.Office = {
    context: { platform: "PC", requirements: { isSetSupported: () => true } },
    onReady(callback) {
      const info = { host: window.__bkHost || "Word", platform: "PC" };
      setTimeout(() => callback && callback(info), 0);
      return Promise.resolve(info);
    },
  };
})();
