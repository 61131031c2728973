// Injected into a copy of the Snakemake report (tests/test_report_browser.py): opens every
// result in the report app as a reader would, and writes what it saw as JSON into the page.
(function () {
  const norm = (s) => (s || "").replace(/\s+/g, " ").trim();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const textOf = (html) => norm(new DOMParser().parseFromString(html || "", "text/html").body.innerText
    || new DOMParser().parseFromString(html || "", "text/html").body.textContent);
  async function loadImage(src) {
    return new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve(img.naturalWidth);
      img.onerror = () => resolve(0);
      img.src = src;
    });
  }
  async function check() {
    await sleep(1000);
    const out = { front: norm(document.body.innerText), results: [] };
    for (const [path, res] of Object.entries(results)) {
      app.showResultInfo(path);
      await sleep(300);
      const shown = norm(document.body.innerText);
      const caption = textOf(res.caption);
      const item = {
        path: path,
        mime: res.mime_type,
        caption: caption.slice(0, 80),
        caption_shown: caption.length > 0 && shown.includes(caption.slice(0, 60)),
        caption_times: caption.length > 0 ? shown.split(caption.slice(0, 60)).length - 1 : 0,
        params: JSON.stringify(res.job_properties.params || {}),
        status: 0, width: 0, tables: 0, text: "",
      };
      try {
        const response = await fetch(res.data_uri);
        item.status = response.status;
        if (res.mime_type.startsWith("image/")) {
          item.width = await loadImage(res.data_uri);
        } else {
          const body = await response.text();
          const doc = new DOMParser().parseFromString(body, "text/html");
          item.tables = doc.querySelectorAll("table").length;
          item.text = norm(doc.body.textContent).slice(0, 400);
        }
      } catch (error) {
        item.error = String(error);
      }
      out.results.push(item);
    }
    const pre = document.createElement("pre");
    pre.id = "coldglass-check";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }
  window.addEventListener("load", check);
})();
