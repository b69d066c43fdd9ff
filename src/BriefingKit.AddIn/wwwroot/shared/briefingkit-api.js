// Calls the host's API from a task pane. A classic script (no modules, no build step) that also
// loads under node's test runner through module.exports.
(function (root) {
  "use strict";

  /** Base64 of an ArrayBuffer, in chunks so a large workbook does not overflow the call stack. */
  function arrayBufferToBase64(buffer) {
    const bytes = new Uint8Array(buffer);
    let binary = "";
    const chunk = 0x8000;
    for (let i = 0; i < bytes.length; i += chunk) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk));
    }
    return root.btoa(binary);
  }

  /**
   * POSTs JSON to the host and returns the answer (a .docx or .xlsx) as base64, which is what
   * createDocument, insertFileFromBase64 and insertWorksheetsFromBase64 take.
   * A 4xx/5xx answer becomes an Error whose message is the problem's detail, for the status line.
   */
  async function postForBase64(fetchImpl, url, body) {
    let response;
    try {
      response = await fetchImpl(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch (e) {
      throw new Error("The BriefingKit host could not be reached (" + (e && e.message ? e.message : e) + ").");
    }
    if (!response.ok) throw new Error(await problemText(response));
    return arrayBufferToBase64(await response.arrayBuffer());
  }

  async function problemText(response) {
    try {
      const problem = await response.json();
      if (problem && (problem.detail || problem.title)) return problem.detail || problem.title;
    } catch (e) {
      // Not problem+json (a proxy's error page, say): fall back to the status.
    }
    return "The host answered " + response.status + (response.statusText ? " " + response.statusText : "") + ".";
  }

  /** Shows a message in a status element: text only (never markup) and a state for styling. */
  function showStatus(element, text, state) {
    element.textContent = text;
    if (element.dataset) element.dataset.state = state;
  }

  const api = { arrayBufferToBase64, postForBase64, showStatus };
  root.BriefingKitApi = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : this);
